package com.eventlens.shared.data;

import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * An aggregate whose id the client chose (SPEC §4: ids are supplied on creation, and a repeated call updates), so
 * Spring Data cannot tell a new one by a missing id: it is new when its factory created it, and stored when the
 * repository loaded it or saved it ({@link MarkSaved}). Its domain events are published when the repository saves it.
 */
public abstract class ChosenIdAggregate<A extends ChosenIdAggregate<A, ID>, ID> extends AbstractAggregateRoot<A>
        implements Persistable<ID> {

    @Transient
    private boolean isNew;

    /** For the aggregate's factory: the next save inserts it. */
    @SuppressWarnings("unchecked")
    protected final A asNew() {
        isNew = true;
        return (A) this;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    final void saved() {
        isNew = false;
    }
}
