package com.eventlens.analytics.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.Breadcrumb;
import com.eventlens.shared.ui.KeptAddress;
import com.vaadin.flow.component.Component;
import com.eventlens.shared.ui.RouteLinks;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Small parts the dashboards share: KPI cards, labelled figures, the "data as of" line, empty states. */
final class Widgets {

    private Widgets() {
    }

    /** A KPI card: a big value over its label, the label explaining itself on hover. */
    static Div kpi(String value, String label, Definitions definition) {
        Span number = new Span(value);
        number.addClassName("kpi-value");
        Div card = new Div(number, label(label, definition));
        card.addClassNames("card", "kpi");
        return card;
    }

    /**
     * A metric label that explains itself: on hover or keyboard focus, what it means in plain words and a link to its
     * section of the user guide (Help) for the precise definition.
     */
    static Span label(String text, Definitions definition) {
        Span label = new Span(text);
        label.addClassName("metric-label");
        label.getElement().setAttribute("tabindex", "0");
        label.getElement().setAttribute("aria-description", definition.plain());
        Anchor more = RouteLinks.to("help#" + definition.anchor(), "How it is counted →");
        more.addClassName("metric-tip-link");
        Paragraph plain = new Paragraph(definition.plain());
        plain.addClassName("metric-tip-text");
        Popover tip = new Popover(plain, more);
        tip.addClassName("metric-tip");
        tip.setOpenOnClick(false);
        tip.setOpenOnHover(true);
        tip.setOpenOnFocus(true);
        tip.setPosition(PopoverPosition.BOTTOM_START);
        tip.setTarget(label);
        return label;
    }

    /** A KPI card of a rate: where it is undefined, "—" with why below ("no live viewing"). */
    static Div rateKpi(Double rate, String label, Definitions definition, String none) {
        Div card = kpi(Formats.percent(rate), label, definition);
        if (rate == null) {
            Span why = new Span(none);
            why.addClassName("kpi-detail");
            card.add(why);
        }
        return card;
    }

    /** "—" where a rate has nothing to rate, with why beside it in words ("no live viewing"). */
    static Component missing(String why) {
        Span dash = new Span(Formats.percent(null));
        Span reason = new Span(why);
        reason.addClassName("missing-reason");
        Span missing = new Span(dash, reason);
        missing.addClassName("missing");
        return missing;
    }

    /** "6 reactions": a value and its label on one line. */
    static Div figure(String value, String label, Definitions definition) {
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

    /** A person as the tables show them: the name (a link to their analytics), and their title and company below. */
    static Div person(Component name, String title, String company) {
        String line = title.isBlank() ? company : company.isBlank() ? title : title + ", " + company;
        Span details = new Span(line);
        details.addClassName("person-details");
        Div cell = new Div(name, details);
        cell.addClassName("person-text");
        return cell;
    }

    /** Where a page of the event's analytics sits, each list step returning to the list as the manager left it. */
    static Breadcrumb analyticsTrail(VisibleEvent event, String list, String listPath, String here) {
        return new Breadcrumb().link(event.name(), AnalyticsRoutes.overview(event.id())).step("Analytics")
                .link(list, KeptAddress.of(listPath)).here(here);
    }

    /** Short lists at once and the page scrolls; a long one as tall as the window, scrolling in itself. */
    static void growWithWindow(com.vaadin.flow.component.grid.Grid<?> grid, long rows) {
        boolean shortList = rows <= SHORT_LIST;
        grid.setAllRowsVisible(shortList);
        grid.getClassNames().set("window-tall", !shortList);
    }

    /** A table of at most this many rows shows them all: no box that scrolls inside the page. */
    static final int SHORT_LIST = 25;

    static Div card(String heading, Component... content) {
        Div card = new Div(new H2(heading));
        card.add(content);
        card.addClassNames("card", "dashboard-card");
        return card;
    }
}
