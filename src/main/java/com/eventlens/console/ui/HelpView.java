package com.eventlens.console.ui;

import com.eventlens.analytics.ui.Definitions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The user guide in the console (Help, in the top bar): what every figure means — in plain words, then exactly how
 * it is counted — one section per figure that the figure's tooltip links to ({@code help#<anchor>}), how times and
 * "—" read, and the keys that work everywhere.
 */
@Route("help")
@PageTitle("Help · Eventlens")
@PermitAll
public class HelpView extends VerticalLayout {

    /** Keys and what they do, in the order a manager meets them. */
    static final String[][] KEYS = {
            {"Tab, Shift+Tab", "Move between the controls of a page: links, buttons, fields, a table."},
            {"Arrow keys", "Move from cell to cell in a table."},
            {"Enter or Space on a table row", "Open or close the row (a session's interactions on User analytics; the "
                    + "columns a narrow screen folds into the row)."},
            {"F2 in a table", "Reach the links and buttons inside a cell (a name that leads to its analytics, the ⋮ "
                    + "menu); Enter then follows the link, Escape returns to the table."},
            {"Enter on a column header", "Sort by that column; again to reverse."},
            {"Enter or Space on a ⋮ button", "Open the row's actions; arrow keys choose, Escape closes."},
            {"Escape", "Close a dialog, a menu or the side navigation."},
            {"Alt+Left, Alt+Right", "Back and Forward: lists come back searched, filtered, sorted and scrolled as "
                    + "you left them."},
    };

    HelpView() {
        addClassNames("dashboard", "help-view");
        Paragraph intro = new Paragraph("What the figures of the dashboards mean, how times read, and the keys that "
                + "work everywhere. Every figure's label explains itself when you point at it or reach it with Tab; "
                + "its \u201cHow it is counted\u201d link leads here.");
        intro.addClassName("page-intro");

        Div reading = card("Reading the figures",
                new Paragraph("Times are clocks. A total of viewing — a person's, a session's, the event's, a Total "
                        + "row — reads hours:minutes:seconds (1:30:10 is an hour and a half). One person's viewing of "
                        + "one session or video, and the length of a video, read minutes:seconds (37:10). One table "
                        + "reads minutes with one decimal, as in the help-centre article: the Sessions table of User "
                        + "analytics (37.2 is 37 minutes 12 seconds). CSV files give the exact seconds and the "
                        + "minutes with one decimal."),
                new Paragraph("Rates are whole percent on screen; CSV files and the API keep their full precision. "
                        + "\u201c—\u201d means there is nothing to rate, and says why beside it: a live engagement "
                        + "rate needs live viewing, a completion rate needs viewers."),
                new Paragraph("Times of day are in the event's time zone, shown with it (EST (GMT-5))."));
        reading.setId("reading-the-figures");

        Div figures = card("The figures");
        for (Definitions definition : Definitions.values()) {
            Div section = new Div(new H3(definition.term()), new Paragraph(definition.plain()),
                    precise(definition.precise()));
            section.setId(definition.anchor());
            section.addClassName("help-term");
            figures.add(section);
        }

        NativeTableBody keys = new NativeTableBody();
        for (String[] key : KEYS) {
            keys.addRows(new NativeTableRow(new NativeTableCell(key[0]), new NativeTableCell(key[1])));
        }
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(new NativeTableHeaderCell("Keys"), new NativeTableHeaderCell("What they do")));
        NativeTable table = new NativeTable(head, keys);
        table.addClassNames("data-table", "help-keys");
        Div keyboard = card("Keyboard", table);
        keyboard.setId("keyboard");

        add(new H1("Help"), intro, reading, figures, keyboard);
    }

    private static Paragraph precise(String text) {
        Paragraph precise = new Paragraph("How it is counted: " + text);
        precise.addClassName("help-precise");
        return precise;
    }

    private static Div card(String heading, com.vaadin.flow.component.Component... content) {
        Div card = new Div(new H2(heading));
        card.add(content);
        card.addClassNames("card", "dashboard-card");
        return card;
    }
}
