package com.eventlens.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;

/**
 * Set-based SQL that the repository cannot express: the All users grid's filtered, sorted pages and counts at a
 * million rows (with a time budget), a cursor for exports, and e-mail look-ups compared as the unique index does.
 * Every sort has an index ({@code db/people/002-people-search.sql}); the free-text search uses the trigram index on
 * {@link #SEARCH_TEXT}. Callers run these inside a transaction (the service's).
 */
@Repository
class RegistrationSearch {

    private static final String COLUMNS = """
            event_id, id, first_name, last_name, email, roles, title, company, industry, country,
            registration_type, status, created_at""";

    /** The same columns of {@code registration r}, where another table joins it. */
    private static final String QUALIFIED_COLUMNS = java.util.Arrays.stream(COLUMNS.split(","))
            .map(column -> "r." + column.strip()).collect(Collectors.joining(", "));

    /** Exactly the indexed expression of {@code registration_search_trgm}: anything else would not use it. */
    static final String SEARCH_TEXT = "lower(first_name || ' ' || last_name || ' ' || email || ' ' || company)";

    /** PostgreSQL's "canceling statement due to statement timeout". */
    private static final String QUERY_CANCELED = "57014";

    /** Rows fetched a round trip when an export streams a whole event. */
    static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RegistrationSearch(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The events each address manages, keyed by the address in lower case; one query for every address. */
    Map<String, Set<UUID>> eventsManagedBy(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<UUID>> managed = new HashMap<>();
        jdbc.sql("""
                        select lower(email) as email, event_id from registration
                        where lower(email) = any (?) and 'EVENT_MANAGER' = any (roles)""")
                .param(emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new))
                .query(row -> {
                    managed.computeIfAbsent(row.getString("email"), email -> new HashSet<>())
                            .add(row.getObject("event_id", UUID.class));
                });
        return managed;
    }

    List<Registration> page(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending, long offset,
                            int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be 0 or more and limit at least 1");
        }
        customPlans();
        Where ordered = ordered(eventId, filter, sort, descending);
        return jdbc.sql(ordered.sql + " limit :limit offset :offset")
                .params(ordered.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(RegistrationSearch::registration)
                .list();
    }

    /**
     * The people that match, in order. By score, the scores' index gives the order and each row is then one look-up
     * of its registration; every other order has an index of registration.
     */
    private static Where ordered(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending) {
        if (sort == PeopleSort.ENGAGEMENT_SCORE) {
            Where where = where("e.event_id", eventId, filter);
            String direction = descending ? " desc" : "";
            return new Where("select " + QUALIFIED_COLUMNS + " from person_engagement e"
                    + " join registration r on r.event_id = e.event_id and r.id = e.person_id" + where.sql
                    + " order by e.score" + direction + ", e.person_id" + direction, where.params);
        }
        Where where = where(eventId, filter);
        return new Where("select " + COLUMNS + " from registration" + where.sql + orderBy(sort, descending),
                where.params);
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
        Where ordered = ordered(eventId, filter, sort, descending);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(cursorTemplate());
        int[] row = {0};
        named.query(ordered.sql, new MapSqlParameterSource(ordered.params),
                rs -> {
                    action.accept(registration(rs, row[0]++));
                });
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

    /** See {@link com.eventlens.people.PeopleDirectory#idsByEmail}. */
    Map<String, UUID> idsByEmail(UUID eventId, Collection<String> emails) {
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
    static String rolesLiteral(Collection<EventRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static Registration registration(ResultSet rs, int row) throws SQLException {
        EnumSet<EventRole> roles = EnumSet.noneOf(EventRole.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(EventRole::valueOf).forEach(roles::add);
        return new Registration(rs.getObject("event_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), roles,
                rs.getString("title"), rs.getString("company"), rs.getString("industry"), rs.getString("country"),
                RegistrationType.valueOf(rs.getString("registration_type")),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
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
        return where("event_id", eventId, filter);
    }

    /** @param eventColumn the event's column, qualified where another table with one joins registration */
    private static Where where(String eventColumn, UUID eventId, PeopleFilter filter) {
        StringBuilder sql = new StringBuilder(" where " + eventColumn + " = :eventId");
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
            case ENGAGEMENT_SCORE -> throw new IllegalArgumentException("The score is sorted through its own table");
        };
        return " order by " + String.join(direction + ", ", keys) + direction;
    }
}
