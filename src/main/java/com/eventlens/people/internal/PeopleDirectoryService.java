package com.eventlens.people.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.shared.data.EventScopedId;

@Service
@Transactional(readOnly = true)
class PeopleDirectoryService implements PeopleDirectory {

    private final Registrations registrations;
    private final RegistrationSearch search;
    private final Clock clock;

    PeopleDirectoryService(Registrations registrations, RegistrationSearch search, Clock clock) {
        this.registrations = registrations;
        this.search = search;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void register(Registration person) {
        registrations.save(registrations.findById(new EventScopedId(person.eventId(), person.id()))
                .map(existing -> existing.update(person))
                .orElseGet(() -> RegistrationEntity.register(person, clock.instant())));
    }

    @Override
    public Optional<Registration> find(UUID eventId, UUID personId) {
        return registrations.findById(new EventScopedId(eventId, personId)).map(RegistrationEntity::toRegistration);
    }

    @Override
    public Map<UUID, Registration> findAll(UUID eventId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return registrations.findAmong(eventId, personIds).stream().map(RegistrationEntity::toRegistration)
                .collect(Collectors.toMap(Registration::id, Function.identity()));
    }

    @Override
    public List<Registration> withRole(UUID eventId, EventRole role, int limit) {
        return registrations.findWithRole(eventId, role.name(), limit).stream()
                .map(RegistrationEntity::toRegistration).toList();
    }

    @Override
    public long countWithRole(UUID eventId, EventRole role) {
        return registrations.countWithRole(eventId, role.name());
    }

    @Override
    public long count(UUID eventId) {
        return registrations.countByIdEventId(eventId);
    }

    @Override
    public List<Registration> pageById(UUID eventId, UUID afterId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("A page holds at least one person");
        }
        List<RegistrationEntity> page = afterId == null ? registrations.findFirstById(eventId, limit)
                : registrations.findNextById(eventId, afterId, limit);
        return page.stream().map(RegistrationEntity::toRegistration).toList();
    }

    @Override
    public Map<String, UUID> idsByEmail(UUID eventId, Collection<String> emails) {
        return search.idsByEmail(eventId, emails);
    }

    @Override
    public Map<String, Set<UUID>> eventsManagedBy(Collection<String> emails) {
        return search.eventsManagedBy(emails);
    }
}
