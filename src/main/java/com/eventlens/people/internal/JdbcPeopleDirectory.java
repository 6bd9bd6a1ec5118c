package com.eventlens.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PersonRegistered;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationStatusChanged;
import com.eventlens.people.RegistrationType;

@Service
@Transactional(readOnly = true)
class JdbcPeopleDirectory implements PeopleDirectory {

    static final String COLUMNS = """
            event_id, id, first_name, last_name, email, roles, title, company, industry, country,
            registration_type, status, created_at""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcPeopleDirectory(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public void register(Registration person) {
        // "previous" reads the row as it was before this statement: the status it replaces, if any.
        Change change = jdbc.sql("""
                        with previous as (select status from registration where event_id = :eventId and id = :id)
                        insert into registration (event_id, id, first_name, last_name, email, roles, title, company,
                                                  industry, country, registration_type, status, created_at)
                        values (:eventId, :id, :firstName, :lastName, :email, cast(:roles as text[]), :title, :company,
                                :industry, :country, :registrationType, :status, coalesce(:createdAt, now()))
                        on conflict (event_id, id) do update set first_name = excluded.first_name,
                            last_name = excluded.last_name, email = excluded.email, roles = excluded.roles,
                            title = excluded.title, company = excluded.company, industry = excluded.industry,
                            country = excluded.country, registration_type = excluded.registration_type,
                            status = excluded.status,
                            status_before_block = case when registration.status = excluded.status
                                                       then registration.status_before_block end
                        returning (xmax = 0) as created, (select status from previous) as previous_status""")
                .param("eventId", person.eventId())
                .param("id", person.id())
                .param("firstName", person.firstName())
                .param("lastName", person.lastName())
                .param("email", person.email())
                .param("roles", rolesLiteral(person))
                .param("title", person.title())
                .param("company", person.company())
                .param("industry", person.industry())
                .param("country", person.country())
                .param("registrationType", person.registrationType().name())
                .param("status", person.status().name())
                .param("createdAt", person.createdAt() == null ? null : person.createdAt().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Change(rs.getBoolean("created"), rs.getString("previous_status")))
                .single();
        if (change.created()) {
            events.publishEvent(new PersonRegistered(person.eventId(), person.id()));
        } else if (change.previousStatus() != null && !change.previousStatus().equals(person.status().name())) {
            events.publishEvent(new RegistrationStatusChanged(person.eventId(), person.id(),
                    RegistrationStatus.valueOf(change.previousStatus()), person.status()));
        }
    }

    private record Change(boolean created, String previousStatus) {
    }

    @Override
    public Optional<Registration> find(UUID eventId, UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from registration where event_id = ? and id = ?")
                .param(eventId)
                .param(personId)
                .query(JdbcPeopleDirectory::registration)
                .optional();
    }

    @Override
    public List<Registration> withRole(UUID eventId, EventRole role, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from registration where event_id = ? and ? = any (roles)
                        order by last_name, first_name, id limit ?""")
                .param(eventId)
                .param(role.name())
                .param(limit)
                .query(JdbcPeopleDirectory::registration)
                .list();
    }

    @Override
    public long countWithRole(UUID eventId, EventRole role) {
        return jdbc.sql("select count(*) from registration where event_id = ? and ? = any (roles)")
                .param(eventId)
                .param(role.name())
                .query(Long.class)
                .single();
    }

    @Override
    public long count(UUID eventId) {
        return jdbc.sql("select count(*) from registration where event_id = ?")
                .param(eventId)
                .query(Long.class)
                .single();
    }

    @Override
    public Map<UUID, Registration> findAll(UUID eventId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from registration where event_id = ? and id = any (?)")
                .param(eventId)
                .param(personIds.toArray(UUID[]::new))
                .query(JdbcPeopleDirectory::registration)
                .list().stream()
                .collect(java.util.stream.Collectors.toMap(Registration::id, person -> person));
    }

    @Override
    public Map<String, Set<UUID>> eventsManagedBy(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<UUID>> managed = new HashMap<>();
        jdbc.sql("""
                        select lower(email) as email, event_id from registration
                        where lower(email) = any (?) and 'EVENT_MANAGER' = any (roles)""")
                .param(emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new))
                .query(rs -> {
                    managed.computeIfAbsent(rs.getString("email"), email -> new HashSet<>())
                            .add(rs.getObject("event_id", UUID.class));
                });
        return managed;
    }

    @Override
    public Set<UUID> registeredAmong(UUID eventId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from registration where event_id = ? and id = any (?)")
                .param(eventId)
                .param(personIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }

    @Override
    public List<Registration> pageById(UUID eventId, UUID afterId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("A page holds at least one person");
        }
        if (afterId == null) {
            return jdbc.sql("select " + COLUMNS + " from registration where event_id = ? order by id limit ?")
                    .param(eventId)
                    .param(limit)
                    .query(JdbcPeopleDirectory::registration)
                    .list();
        }
        return jdbc.sql("select " + COLUMNS + " from registration where event_id = ? and id > ? order by id limit ?")
                .param(eventId)
                .param(afterId)
                .param(limit)
                .query(JdbcPeopleDirectory::registration)
                .list();
    }

    @Override
    public Map<String, UUID> idsByEmail(UUID eventId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        // Both sides through PostgreSQL's lower(), exactly as the unique index (event_id, lower(email)) compares.
        return jdbc.sql("""
                        select given.email, r.id from unnest(cast(? as text[])) as given (email)
                        join registration r on r.event_id = ? and lower(r.email) = lower(given.email)""")
                .param(emails.stream().distinct().toArray(String[]::new))
                .param(eventId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A PostgreSQL array literal such as {@code {SPEAKER,MODERATOR}}, in the enum's order. */
    private static String rolesLiteral(Registration person) {
        return person.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    static Registration registration(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        EnumSet<EventRole> roleSet = EnumSet.noneOf(EventRole.class);
        Arrays.stream((String[]) roles.getArray()).map(EventRole::valueOf).forEach(roleSet::add);
        return new Registration(rs.getObject("event_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), roleSet,
                rs.getString("title"), rs.getString("company"), rs.getString("industry"), rs.getString("country"),
                RegistrationType.valueOf(rs.getString("registration_type")),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
