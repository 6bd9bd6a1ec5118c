package com.eventlens.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.people.EventAccess;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;

@Service
@Transactional(readOnly = true)
class RegistrationEventAccess implements EventAccess {

    private final Registrations registrations;
    private final EventCopies events;

    RegistrationEventAccess(Registrations registrations, EventCopies events) {
        this.registrations = registrations;
        this.events = events;
    }

    @Override
    public boolean maySee(UUID eventId) {
        return CurrentUser.get()
                .map(user -> user.isAdmin() || registrations.isManagedBy(eventId, user.email()))
                .orElse(false);
    }

    @Override
    public boolean seesAllEvents() {
        return CurrentUser.get().map(ConsoleUser::isAdmin).orElse(false);
    }

    @Override
    public Set<UUID> managedEventIds() {
        return CurrentUser.get()
                .map(user -> Set.copyOf(registrations.findEventsManagedBy(user.email())))
                .orElse(Set.of());
    }

    @Override
    public Optional<VisibleEvent> findVisible(UUID eventId) {
        return maySee(eventId) ? events.find(eventId) : Optional.empty();
    }

    @Override
    public List<VisibleEvent> visibleEvents() {
        return seesAllEvents() ? events.all() : events.findAll(managedEventIds());
    }
}
