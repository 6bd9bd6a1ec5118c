package com.eventlens.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/**
 * Where a detail page sits: "Virtually Live! › Analytics › Sessions › Opening Keynote", each step but the last a link
 * (to the list as the manager left it, see {@link KeptAddress}); announced to screen readers as a breadcrumb.
 */
public final class Breadcrumb extends Nav {

    private final OrderedList steps = new OrderedList();

    public Breadcrumb() {
        addClassName("breadcrumb");
        getElement().setAttribute("aria-label", "Breadcrumb");
        add(steps);
    }

    /** A step that links to {@code path} (an address inside the console, followed by the router). */
    public Breadcrumb link(String text, String path) {
        Anchor link = RouteLinks.to(path, text);
        steps.add(new ListItem(link));
        return this;
    }

    /** A step without a page of its own (a group of the side navigation, such as "Analytics"). */
    public Breadcrumb step(String text) {
        steps.add(new ListItem(new Span(text)));
        return this;
    }

    /** The page itself, last. */
    public Breadcrumb here(String text) {
        Span here = new Span(text);
        here.getElement().setAttribute("aria-current", "page");
        steps.add(new ListItem(here));
        return this;
    }
}
