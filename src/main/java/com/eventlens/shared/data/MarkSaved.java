package com.eventlens.shared.data;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/** Once saved, an aggregate with a chosen id is no longer new: a second save updates it. */
@Component
class MarkSaved implements AfterSaveCallback<ChosenIdAggregate<?, ?>> {

    @Override
    public ChosenIdAggregate<?, ?> onAfterSave(ChosenIdAggregate<?, ?> aggregate) {
        aggregate.saved();
        return aggregate;
    }
}
