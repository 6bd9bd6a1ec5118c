package com.eventlens.interactions.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * The append-only table of raw interactions. A batch goes in with one binary {@code COPY}, the fastest way into
 * PostgreSQL; an id that is stored already makes the COPY fail on the primary key, and then (rarely: a retrying
 * player) the batch goes in again with {@code INSERT … ON CONFLICT DO NOTHING}, which skips what was stored before
 * and returns what was new. Either way the caller learns exactly which rows this batch added (decision record 15).
 */
@Repository
class InteractionStore {

    private static final String COPY = """
            copy interaction (event_id, batch_id, id, type, user_id, occurred_at, session_id, content_id, mode, seconds,
                              position, engaged, poll_id, attachment_id, received_at)
            from stdin (format binary)""";
    private static final int COLUMNS = 15;
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT_NEW = """
            insert into interaction (event_id, batch_id, received_at, id, type, user_id, occurred_at, session_id,
                                     content_id, mode, seconds, position, engaged, poll_id, attachment_id)
            select ?, ?, ?, t.* from unnest(?::uuid[], ?::text[], ?::uuid[], ?::timestamptz[], ?::uuid[],
                                            ?::uuid[], ?::text[], ?::int2[], ?::int4[], ?::bool[], ?::uuid[], ?::uuid[])
                as t(id, type, user_id, occurred_at, session_id, content_id, mode, seconds, position, engaged,
                     poll_id, attachment_id)
            on conflict (event_id, id) do nothing
            returning id""";

    private final JdbcTemplate jdbc;

    InteractionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The row an interaction becomes: the session a download counts for, a view's effective seconds, a LIVE view's
     * engagement as true or false, and nothing its type does not use.
     */
    static RecordedInteraction stored(NewInteraction item, EventReferences refs) {
        boolean view = item.type() == InteractionType.VIEW;
        return new RecordedInteraction(item.id(), item.type(), item.userId(), item.occurredAt(),
                InteractionRules.session(item, refs),
                view && item.mode() == ViewMode.ON_DEMAND ? item.contentId() : null,
                view ? item.mode() : null,
                view ? InteractionRules.seconds(item) : null,
                view ? item.position() : null,
                view && item.mode() == ViewMode.LIVE ? Boolean.TRUE.equals(item.engaged()) : null,
                item.type() == InteractionType.POLL_ANSWER ? item.pollId() : null,
                item.type() == InteractionType.ATTACHMENT_DOWNLOAD ? item.attachmentId() : null);
    }

    /**
     * Stores those of the rows (ids distinct) that are not stored yet, in the caller's transaction; returns them.
     */
    List<RecordedInteraction> storeNew(UUID eventId, UUID batchId, Instant receivedAt, List<RecordedInteraction> rows) {
        return jdbc.execute((Connection connection) -> {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                copy(connection, eventId, batchId, receivedAt, rows);
                connection.releaseSavepoint(beforeCopy);
                return rows;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeCopy);
                return insertNew(connection, eventId, batchId, receivedAt, rows);
            }
        });
    }

    private static void copy(Connection connection, UUID eventId, UUID batchId, Instant receivedAt,
                             List<RecordedInteraction> rows) throws SQLException {
        BinaryCopyRows out = new BinaryCopyRows(rows.size() * 160);
        for (RecordedInteraction row : rows) {
            out.row(COLUMNS);
            out.uuid(eventId);
            out.uuid(batchId);
            out.uuid(row.id());
            out.text(row.type().name());
            out.uuid(row.userId());
            out.timestamptz(row.occurredAt());
            out.uuid(row.sessionId());
            out.uuid(row.contentId());
            out.text(row.mode() == null ? null : row.mode().name());
            out.int2(row.seconds());
            out.int4(row.position());
            out.bool(row.engaged());
            out.uuid(row.pollId());
            out.uuid(row.attachmentId());
            out.timestamptz(receivedAt);
        }
        byte[] data = out.finish();
        var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            copy.writeToCopy(data, 0, data.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The slow way, when some of the rows are stored already: skips those, returns the others. */
    private static List<RecordedInteraction> insertNew(Connection connection, UUID eventId, UUID batchId,
                                                       Instant receivedAt, List<RecordedInteraction> rows)
            throws SQLException {
        int n = rows.size();
        Object[][] columns = new Object[12][n];
        for (int i = 0; i < n; i++) {
            RecordedInteraction row = rows.get(i);
            columns[0][i] = row.id();
            columns[1][i] = row.type().name();
            columns[2][i] = row.userId();
            columns[3][i] = row.occurredAt().toString();
            columns[4][i] = row.sessionId();
            columns[5][i] = row.contentId();
            columns[6][i] = row.mode() == null ? null : row.mode().name();
            columns[7][i] = row.seconds() == null ? null : row.seconds().shortValue();
            columns[8][i] = row.position();
            columns[9][i] = row.engaged();
            columns[10][i] = row.pollId();
            columns[11][i] = row.attachmentId();
        }
        String[] types = {"uuid", "text", "uuid", "text", "uuid", "uuid", "text", "int2", "int4", "bool", "uuid", "uuid"};
        Set<UUID> added = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NEW)) {
            insert.setObject(1, eventId);
            insert.setObject(2, batchId);
            insert.setObject(3, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(4 + c, connection.createArrayOf(types[c], columns[c]));
            }
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    added.add(rs.getObject(1, UUID.class));
                }
            }
        }
        List<RecordedInteraction> stored = new ArrayList<>(added.size());
        for (RecordedInteraction row : rows) {
            if (added.contains(row.id())) {
                stored.add(row);
            }
        }
        return stored;
    }
}
