package com.eventlens.people;

import java.util.List;
import java.util.UUID;

/**
 * These people's live and recording viewing reached their event's attendance threshold (SPEC.md §3 "Attendance
 * rule"): whoever of them is Invited or Registered becomes Attended; every other status stays, and Attended is never
 * taken back. Published by the analytics module, which computes the viewing; it is the people module's event
 * because people cannot depend on analytics (analytics reads people). Handling it twice changes nothing.
 */
public record AttendanceReached(UUID eventId, List<UUID> personIds) {

    public AttendanceReached {
        personIds = List.copyOf(personIds);
    }
}
