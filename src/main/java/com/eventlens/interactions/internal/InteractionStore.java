package com.eventlens.interactions.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * The append-only table of raw interactions. A whole batch goes in with one statement (arrays unnested on
 * the server, no round trip per row); an id that is already stored is skipped, which makes re-deliveries
 * harmless.
 */
@Repository
class InteractionStore {

    private static final String INSERT = """
            insert into interaction (event_id, batch_id, id, type, user_id, occurred_at, session_id, content_id,
                                     mode, seconds, position, engaged, poll_id, attachment_id)
            select ?, ?, t.* from unnest(?::uuid[], ?::text[], ?::uuid[], ?::text[]::timestamptz[], ?::uuid[],
                                         ?::uuid[], ?::text[], ?::int2[], ?::int4[], ?::bool[], ?::uuid[], ?::uuid[])
                as t(id, type, user_id, occurred_at, session_id, content_id, mode, seconds, position, engaged,
                     poll_id, attachment_id)
            on conflict (event_id, id) do nothing""";

    private final JdbcTemplate jdbc;

    InteractionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the interactions that are new; returns how many were. */
    int storeNew(UUID eventId, UUID batchId, List<NewInteraction> batch, EventReferences refs) {
        int n = batch.size();
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        UUID[] users = new UUID[n];
        String[] occurred = new String[n];
        UUID[] sessions = new UUID[n];
        UUID[] contents = new UUID[n];
        String[] modes = new String[n];
        Short[] seconds = new Short[n];
        Integer[] positions = new Integer[n];
        Boolean[] engaged = new Boolean[n];
        UUID[] polls = new UUID[n];
        UUID[] attachments = new UUID[n];
        for (int i = 0; i < n; i++) {
            NewInteraction item = batch.get(i);
            boolean view = item.type() == InteractionType.VIEW;
            ids[i] = item.id();
            types[i] = item.type().name();
            users[i] = item.userId();
            occurred[i] = item.occurredAt().toString();
            sessions[i] = InteractionRules.session(item, refs);
            contents[i] = view && item.mode() == ViewMode.ON_DEMAND ? item.contentId() : null;
            modes[i] = view ? item.mode().name() : null;
            seconds[i] = view ? (short) InteractionRules.seconds(item) : null;
            positions[i] = view ? item.position() : null;
            engaged[i] = view && item.mode() == ViewMode.LIVE ? Boolean.TRUE.equals(item.engaged()) : null;
            polls[i] = item.type() == InteractionType.POLL_ANSWER ? item.pollId() : null;
            attachments[i] = item.type() == InteractionType.ATTACHMENT_DOWNLOAD ? item.attachmentId() : null;
        }
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, eventId);
                insert.setObject(2, batchId);
                insert.setArray(3, connection.createArrayOf("uuid", ids));
                insert.setArray(4, connection.createArrayOf("text", types));
                insert.setArray(5, connection.createArrayOf("uuid", users));
                insert.setArray(6, connection.createArrayOf("text", occurred));
                insert.setArray(7, connection.createArrayOf("uuid", sessions));
                insert.setArray(8, connection.createArrayOf("uuid", contents));
                insert.setArray(9, connection.createArrayOf("text", modes));
                insert.setArray(10, connection.createArrayOf("int2", seconds));
                insert.setArray(11, connection.createArrayOf("int4", positions));
                insert.setArray(12, connection.createArrayOf("bool", engaged));
                insert.setArray(13, connection.createArrayOf("uuid", polls));
                insert.setArray(14, connection.createArrayOf("uuid", attachments));
                return insert.executeUpdate();
            }
        });
    }
}
