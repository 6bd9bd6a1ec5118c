package com.eventlens.analytics.ui;

import java.util.Locale;

import com.eventlens.analytics.EngagementComponent;
import com.eventlens.analytics.EngagementScore;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A person's engagement score and why (User analytics): the score and its band, and a table of the nine components —
 * what the person did, the cap, the weight and the points earned — so that anyone can check the sum.
 */
final class ScoreExplanation extends Div {

    private final Span score = new Span();
    private final Span band = new Span();
    final Grid<EngagementScore.Component> components = new Grid<>();
    private final KeyedRows<EngagementScore.Component> rows = new KeyedRows<>(EngagementScore.Component::name);

    ScoreExplanation() {
        addClassNames("card", "dashboard-card", "score-card");
        score.addClassName("score-big");
        Div headline = new Div(score, new Span("/ 100"), band);
        headline.addClassName("score-headline");
        Paragraph how = new Paragraph("Each component earns weight × min(1, value ÷ cap) points; the weights and caps are "
                + "the event's, in Settings > Engagement.");
        how.addClassName("card-subtitle");
        components.addColumn(c -> component(c).label()).setHeader("Component").setFlexGrow(3).setWidth("130px")
                .setTooltipGenerator(c -> component(c).valueDescription());
        components.addColumn(c -> value(c, c.value())).setHeader("Value").setTextAlign(ColumnTextAlign.END)
                .setWidth("90px");
        Grid.Column<EngagementScore.Component> cap = components.addColumn(c -> value(c, c.cap())).setHeader("Cap")
                .setTextAlign(ColumnTextAlign.END).setWidth("90px");
        Grid.Column<EngagementScore.Component> weight = components.addColumn(c -> String.valueOf(c.weight()))
                .setHeader("Weight").setTextAlign(ColumnTextAlign.END).setWidth("80px");
        components.addColumn(c -> String.format(Locale.US, "%.1f", c.points())).setHeader("Points")
                .setTextAlign(ColumnTextAlign.END).setWidth("80px").setKey("points");
        RowDetails.of(components, c -> component(c).label())
                .fold(weight, "Weight", c -> String.valueOf(c.weight()))
                .fold(cap, "Cap", c -> value(c, c.cap()));
        components.setItems(rows);
        components.setAllRowsVisible(true);
        components.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        components.addClassName("score-components");
        add(new H2(Widgets.label("Engagement score", Definitions.ENGAGEMENT_SCORE)), headline, how, components);
    }

    void show(EngagementScore explained) {
        score.setText(Formats.score(explained.score()));
        band.setText(explained.band().label());
        band.setClassName("badge band-" + explained.band().name().toLowerCase(Locale.ROOT));
        rows.show(explained.components());
    }

    private static EngagementComponent component(EngagementScore.Component c) {
        return EngagementComponent.ofKey(c.name()).orElseThrow();
    }

    /** Minutes with one decimal, the live engagement rate in percent, counts as they are. */
    private static String value(EngagementScore.Component c, double value) {
        return switch (component(c)) {
            case VIEWING, ON_DEMAND -> String.format(Locale.US, "%,.1f min", value);
            case LIVE_ENGAGEMENT -> Formats.percent(value);
            default -> value == Math.rint(value) ? Formats.count((long) value) : String.format(Locale.US, "%.2f", value);
        };
    }
}
