package com.eventlens.people;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.core.io.InputStreamSource;

/**
 * The People area of the console: who is registered to an event, found, sorted and paged in the database, and
 * the changes an event manager makes. Every method first checks that the event exists and that the signed-in
 * account may see it (an admin, or one of the event's managers); otherwise it throws {@link PersonNotFound},
 * exactly as for an unknown person.
 */
public interface PeopleManagement {

    /** The largest bulk invite file, in the dialog and through the API alike (about 500,000 rows). */
    long MAX_BULK_INVITE_BYTES = 64L * 1024 * 1024;

    /** One page of the people that match, sorted by the column and then by id. */
    List<Registration> page(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending, long offset,
                            int limit);

    long count(UUID eventId, PeopleFilter filter);

    /** The engagement scores (whole points, 0 before any activity) of these people of the event, e.g. a page's. */
    java.util.Map<UUID, Integer> engagementScores(UUID eventId, java.util.Collection<UUID> personIds);

    /**
     * The count if the database finds it within {@code budget}, else empty. Counting a broad search among a million
     * people takes far longer than finding its first page; the grid shows the page at once and counts in the
     * background instead of making every keystroke wait.
     */
    OptionalLong countWithin(UUID eventId, PeopleFilter filter, Duration budget);

    Registration find(UUID eventId, UUID personId);

    /**
     * Invites one person: registration type {@link RegistrationType#INVITATION}, status
     * {@link RegistrationStatus#INVITED}.
     *
     * @throws InvalidPerson with every field that is wrong, including an e-mail address already registered to
     *                       the event (compared ignoring case)
     */
    Registration invite(UUID eventId, PersonProfile profile);

    /** Changes a person's profile and roles; their registration type and status stay. */
    Registration edit(UUID eventId, UUID personId, PersonProfile profile);

    /** Blocks the person from the event; {@link #unblock} gives back the status they had. */
    Registration block(UUID eventId, UUID personId);

    /** Blocks the person from the event's chat only. */
    Registration blockFromChat(UUID eventId, UUID personId);

    /** Lifts a block: the person gets back the status they had before it (Registered if unknown). */
    Registration unblock(UUID eventId, UUID personId);

    void remove(UUID eventId, UUID personId);

    /**
     * Invites everyone of a CSV file (SPEC.md §4: header {@code first_name,last_name,email,roles,title,company,
     * industry,country}, roles separated by {@code |}). The whole file is checked first: if any row is bad,
     * nobody is invited and every bad row is reported with its line; otherwise all are invited in one
     * transaction. The file is read as a stream, twice, so its size is bounded by the disk, not the heap.
     */
    BulkInviteResult bulkInvite(UUID eventId, InputStreamSource csv) throws IOException;

    /** Writes the people that match as CSV (UTF-8), in the grid's order. */
    void export(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending, OutputStream out)
            throws IOException;
}
