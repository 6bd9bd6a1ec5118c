package com.eventlens.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What a page or card says where it has nothing to show yet, in the console's one style for it. */
public final class EmptyState {

    private EmptyState() {
    }

    public static Paragraph of(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        return empty;
    }
}
