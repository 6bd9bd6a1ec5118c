package com.eventlens.analytics.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.eventlens.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Small parts the dashboards share: KPI cards, labelled figures, the "data as of" line, empty states. */
final class Widgets {

    private Widgets() {
    }

    /** A KPI card: a big value over its label, the label explaining itself on hover. */
    static Div kpi(String value, String label, String definition) {
        Span number = new Span(value);
        number.addClassName("kpi-value");
        Div card = new Div(number, label(label, definition));
        card.addClassNames("card", "kpi");
        return card;
    }

    /** A metric label with its definition as tooltip. */
    static Span label(String text, String definition) {
        Span label = new Span(text);
        label.addClassName("metric-label");
        label.setTitle(definition);
        com.vaadin.flow.component.shared.Tooltip.forComponent(label).setText(definition);
        return label;
    }

    /** "6 reactions": a value and its label on one line. */
    static Div figure(String value, String label, String definition) {
        Span number = new Span(value);
        number.addClassName("figure-inline-value");
        Div line = new Div(number, label(label, definition));
        line.addClassName("figure-inline");
        return line;
    }

    static Div dataAsOf(Instant asOf, ZoneId zone) {
        Div line = new Div(VaadinIcon.CLOCK.create(), label("Data as of " + Formats.asOf(asOf, zone), Definitions.DATA_AS_OF));
        line.addClassName("data-as-of");
        return line;
    }

    static Div card(String heading, Component... content) {
        Div card = new Div(new H2(heading));
        card.add(content);
        card.addClassNames("card", "dashboard-card");
        return card;
    }
}
