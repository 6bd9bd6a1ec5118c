package com.eventlens.people.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.eventlens.people.AttendanceReached;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationStatusChanged;

/**
 * SPEC.md §3's attendance rule, on the people's side: whoever the analytics module says reached their event's
 * attendance threshold becomes Attended if they were Invited or Registered; Blocked, Blocked from chat and
 * Unregistered stay, and so does Attended (so a second delivery of the same event changes nothing). Heard after the
 * fold committed, in a transaction of its own, through the event publication registry: it survives a crash, and a
 * manager's lock on a registration never holds up a fold.
 *
 * <p>Set-based, because a lowered threshold can make thousands Attended at once; each change is announced as the
 * registration aggregate would announce it ({@link RegistrationStatusChanged}), with the rows locked against a
 * block or unblock at the same moment.
 */
@Component
class AttendanceRule {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AttendanceRule(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AttendanceReached reached) {
        jdbc.sql("""
                        update registration r set status = 'ATTENDED'
                        from (select id, status from registration
                              where event_id = :eventId and id = any (:ids) and status in ('INVITED', 'REGISTERED')
                              for update) before
                        where r.event_id = :eventId and r.id = before.id
                        returning r.id, before.status""")
                .param("eventId", reached.eventId())
                .param("ids", reached.personIds().toArray(UUID[]::new))
                .query((rs, row) -> new RegistrationStatusChanged(reached.eventId(), rs.getObject(1, UUID.class),
                        RegistrationStatus.valueOf(rs.getString(2)), RegistrationStatus.ATTENDED))
                .list()
                .forEach(events::publishEvent);
    }
}
