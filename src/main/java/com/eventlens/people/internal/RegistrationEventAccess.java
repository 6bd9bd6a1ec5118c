package com.eventlens.people.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.eventlens.people.EventAccess;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;

@Service
class RegistrationEventAccess implements EventAccess {

    private final JdbcClient jdbc;

    RegistrationEventAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean maySee(UUID eventId) {
        return CurrentUser.get().map(user -> user.isAdmin() || manages(user, eventId)).orElse(false);
    }

    @Override
    public boolean seesAllEvents() {
        return CurrentUser.get().map(ConsoleUser::isAdmin).orElse(false);
    }

    @Override
    public Set<UUID> managedEventIds() {
        return CurrentUser.get()
                .map(user -> new HashSet<>(jdbc.sql("""
                                select event_id from registration
                                where lower(email) = lower(?) and 'EVENT_MANAGER' = any (roles)""")
                        .param(user.email())
                        .query(UUID.class)
                        .list()))
                .map(Set::copyOf)
                .orElse(Set.of());
    }

    private boolean manages(ConsoleUser user, UUID eventId) {
        return jdbc.sql("""
                        select exists (select 1 from registration
                                       where event_id = ? and lower(email) = lower(?) and 'EVENT_MANAGER' = any (roles))""")
                .param(eventId)
                .param(user.email())
                .query(Boolean.class)
                .single();
    }
}
