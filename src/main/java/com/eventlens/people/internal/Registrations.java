package com.eventlens.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.time.Duration;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;

/**
 * The SQL of the People area: filtered, sorted pages of the {@code registration} table and the changes made from
 * the console. Every sort has an index ({@code db/people/002-people-search.sql}); the free-text search uses the
 * trigram index on {@link #SEARCH_TEXT}. Callers run these inside a transaction (the service's).
 */
@Repository
class Registrations {

    /** Exactly the indexed expression of {@code registration_search_trgm}: anything else would not use it. */
    static final String SEARCH_TEXT = "lower(first_name || ' ' || last_name || ' ' || email || ' ' || company)";

    /** PostgreSQL's "canceling statement due to statement timeout". */
    private static final String QUERY_CANCELED = "57014";

    /** Rows fetched a round trip when an export streams a whole event. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Registrations(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Registration> page(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending, long offset,
                            int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be 0 or more and limit at least 1");
        }
        Where where = where(eventId, filter);
        customPlans();
        return jdbc.sql("select " + JdbcPeopleDirectory.COLUMNS + " from registration" + where.sql
                        + orderBy(sort, descending) + " limit :limit offset :offset")
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcPeopleDirectory::registration)
                .list();
    }

    long count(UUID eventId, PeopleFilter filter) {
        Where where = where(eventId, filter);
        customPlans();
        return jdbc.sql("select count(*) from registration" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /**
     * The count, unless the database needs longer than {@code budget} for it. The statement is cancelled by the
     * server at the budget; that aborts the caller's transaction, which must end right after.
     */
    OptionalLong countWithin(UUID eventId, PeopleFilter filter, Duration budget) {
        long millis = Math.max(1, budget.toMillis());
        jdbc.sql("select set_config('statement_timeout', ?, true)").param(millis + "ms").query(String.class).single();
        try {
            return OptionalLong.of(count(eventId, filter));
        } catch (DataAccessException failure) {
            if (failure.getMostSpecificCause() instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return OptionalLong.empty();
            }
            throw failure;
        }
    }

    /** Every person that matches, in order, read through a cursor so that a million rows never sit in memory. */
    void forEach(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending,
                 Consumer<Registration> action) {
        Where where = where(eventId, filter);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(cursorTemplate());
        int[] row = {0};
        named.query("select " + JdbcPeopleDirectory.COLUMNS + " from registration" + where.sql
                        + orderBy(sort, descending), new MapSqlParameterSource(where.params),
                rs -> {
                    action.accept(JdbcPeopleDirectory.registration(rs, row[0]++));
                });
    }

    Optional<Registration> find(UUID eventId, UUID personId) {
        return jdbc.sql("select " + JdbcPeopleDirectory.COLUMNS + " from registration where event_id = ? and id = ?")
                .param(eventId)
                .param(personId)
                .query(JdbcPeopleDirectory::registration)
                .optional();
    }

    /** Whether someone other than {@code exceptId} uses the address, compared as the unique index does. */
    boolean emailInUse(UUID eventId, String email, UUID exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from registration
                                       where event_id = ? and lower(email) = lower(?) and id is distinct from ?)""")
                .param(eventId)
                .param(email)
                .param(exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean updateProfile(UUID eventId, UUID personId, PersonProfile profile) {
        return jdbc.sql("""
                        update registration set first_name = :firstName, last_name = :lastName, email = :email,
                            roles = cast(:roles as text[]), title = :title, company = :company, industry = :industry,
                            country = :country
                        where event_id = :eventId and id = :id""")
                .param("eventId", eventId)
                .param("id", personId)
                .param("firstName", profile.firstName())
                .param("lastName", profile.lastName())
                .param("email", profile.email())
                .param("roles", rolesLiteral(profile.roles()))
                .param("title", profile.title())
                .param("company", profile.company())
                .param("industry", profile.industry())
                .param("country", profile.country())
                .update() == 1;
    }

    /**
     * Blocks the person (or from chat only), remembering the status they had unless they were blocked already.
     *
     * @return the status before, empty when there is no such person
     */
    Optional<RegistrationStatus> block(UUID eventId, UUID personId, RegistrationStatus block) {
        return jdbc.sql("""
                        update registration r set status = :block,
                            status_before_block = case when old.status in ('BLOCKED', 'BLOCKED_FROM_CHAT')
                                                       then r.status_before_block
                                                       else old.status end
                        from (select status from registration where event_id = :eventId and id = :id for update) old
                        where r.event_id = :eventId and r.id = :id
                        returning old.status""")
                .param("eventId", eventId)
                .param("id", personId)
                .param("block", block.name())
                .query(String.class)
                .optional()
                .map(RegistrationStatus::valueOf);
    }

    /**
     * Lifts a block: back to the status before it, or Registered when that is unknown. A person who is not
     * blocked keeps their status.
     *
     * @return the status before, empty when there is no such person
     */
    Optional<RegistrationStatus> unblock(UUID eventId, UUID personId) {
        return jdbc.sql("""
                        update registration r set
                            status = case when old.status in ('BLOCKED', 'BLOCKED_FROM_CHAT')
                                          then coalesce(r.status_before_block, 'REGISTERED')
                                          else old.status end,
                            status_before_block = null
                        from (select status from registration where event_id = :eventId and id = :id for update) old
                        where r.event_id = :eventId and r.id = :id
                        returning old.status""")
                .param("eventId", eventId)
                .param("id", personId)
                .query(String.class)
                .optional()
                .map(RegistrationStatus::valueOf);
    }

    boolean delete(UUID eventId, UUID personId) {
        return jdbc.sql("delete from registration where event_id = ? and id = ?")
                .param(eventId)
                .param(personId)
                .update() == 1;
    }

    static String rolesLiteral(java.util.Collection<EventRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /**
     * Plans made for the actual search words and filters. A cached generic plan cannot tell a word that matches
     * three people from one that matches half the event, and picks one plan for both.
     */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    private JdbcTemplate cursorTemplate() {
        JdbcTemplate cursor = new JdbcTemplate(template.getDataSource());
        // PostgreSQL streams with a cursor only inside a transaction and with a fetch size.
        cursor.setFetchSize(EXPORT_FETCH_SIZE);
        return cursor;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(UUID eventId, PeopleFilter filter) {
        StringBuilder sql = new StringBuilder(" where event_id = :eventId");
        Map<String, Object> params = new HashMap<>();
        params.put("eventId", eventId);
        List<String> words = new ArrayList<>(filter.words());
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and ").append(SEARCH_TEXT).append(" like lower(:word").append(i).append(")");
            params.put("word" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        if (filter.role() != null) {
            // The role's flag column (db/people/002-people-search.sql): accurate estimates, a partial index each.
            sql.append(" and ").append(switch (filter.role()) {
                case EVENT_MANAGER -> "is_event_manager";
                case SPEAKER -> "is_speaker";
                case MODERATOR -> "is_moderator";
                case ATTENDEE -> "is_attendee";
            });
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        return new Where(sql.toString(), params);
    }

    /** The word as a literal inside LIKE: its %, _ and \ match themselves. */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Every key matches an index of {@code db/people/002-people-search.sql}, the id last so that pages are stable. */
    private static String orderBy(PeopleSort sort, boolean descending) {
        String direction = descending ? " desc" : "";
        List<String> keys = switch (sort) {
            case NAME -> List.of("first_name", "last_name", "id");
            // Unique per event: no tie-breaker needed, and the unique index serves the order.
            case EMAIL -> List.of("lower(email)");
            case ROLES -> List.of("roles", "id");
            case REGISTRATION_TYPE -> List.of("registration_type", "id");
            case STATUS -> List.of("status", "id");
            case CREATED_AT -> List.of("created_at", "id");
        };
        return " order by " + String.join(direction + ", ", keys) + direction;
    }
}
