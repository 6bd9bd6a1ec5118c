package com.eventlens.interactions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.IngestReceipt;
import com.eventlens.interactions.InteractionError;
import com.eventlens.interactions.InteractionsRecorded;
import com.eventlens.interactions.InvalidInteractions;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.RecordedInteraction;

@Service
class IngestService implements Ingest {

    private final InteractionStore store;
    private final References references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IngestService(InteractionStore store, References references, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IngestReceipt record(UUID eventId, List<NewInteraction> batch) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_BATCH + " interactions, not " + batch.size());
        }
        EventReferences refs = references(eventId, batch);
        List<InteractionError> errors = problems(batch, refs);
        if (!errors.isEmpty()) {
            throw new InvalidInteractions(errors);
        }

        UUID batchId = UUID.randomUUID();
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        List<RecordedInteraction> stored = store.storeNew(eventId, batchId, receivedAt, rows(batch, refs));
        if (!stored.isEmpty()) {
            // In this transaction: the registry keeps the publication exactly when the rows are stored. The rows ride
            // along in memory for the fold in this process; the registry keeps the batch's id only.
            events.publishEvent(new InteractionsRecorded(eventId, batchId, receivedAt,
                    Collections.unmodifiableList(stored)));
        }
        return new IngestReceipt(stored.size(), batch.size() - stored.size());
    }

    /** The rows the batch becomes, an id delivered twice in it once. */
    private static List<RecordedInteraction> rows(List<NewInteraction> batch, EventReferences refs) {
        Set<UUID> ids = new HashSet<>(batch.size() * 2);
        List<RecordedInteraction> rows = new ArrayList<>(batch.size());
        for (NewInteraction item : batch) {
            if (ids.add(item.id())) {
                rows.add(InteractionStore.stored(item, refs));
            }
        }
        return rows;
    }

    /** Every rule an item of the batch breaks; nothing is stored. */
    @Transactional(readOnly = true)
    public List<InteractionError> problems(UUID eventId, List<NewInteraction> batch) {
        return problems(batch, references(eventId, batch));
    }

    private static List<InteractionError> problems(List<NewInteraction> batch, EventReferences refs) {
        List<InteractionError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            errors.addAll(InteractionRules.check(i, batch.get(i), refs));
        }
        return errors;
    }

    private EventReferences references(UUID eventId, List<NewInteraction> batch) {
        Set<UUID> users = new HashSet<>();
        batch.stream().map(NewInteraction::userId).filter(Objects::nonNull).forEach(users::add);
        return references.load(eventId, users);
    }
}
