package com.eventlens.analytics.internal;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.eventlens.analytics.AnalyticsUpdated;

/**
 * Announces {@link AnalyticsUpdated} once the change of the rollups committed. In the single process it is a plain
 * application event outside any transaction, which the registry does not record (decision record 13): a lost notice
 * is harmless, the next fold brings another. In cluster mode it is externalized to the console nodes, and Spring
 * Modulith records that publication, so it goes out in a transaction of its own: published outside one, the
 * externalizing listener would never run and its publication would stay incomplete.
 */
@Component
class UpdateNotices {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final boolean externalized;

    UpdateNotices(ApplicationEventPublisher events, TransactionTemplate transactions,
                  ObjectProvider<EventExternalizationConfiguration> externalization) {
        this.events = events;
        this.transactions = transactions;
        this.externalized = externalization.getIfAvailable() != null;
    }

    void announce(UUID eventId) {
        AnalyticsUpdated updated = new AnalyticsUpdated(eventId);
        if (externalized) {
            transactions.executeWithoutResult(status -> events.publishEvent(updated));
        } else {
            events.publishEvent(updated);
        }
    }
}
