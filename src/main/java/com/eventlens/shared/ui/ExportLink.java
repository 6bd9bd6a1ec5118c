package com.eventlens.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/** The "Export CSV" link of a table: the same icon, words and look on every page. */
public final class ExportLink {

    private ExportLink() {
    }

    /** A link whose file comes later ({@link Anchor#setHref(DownloadHandler)}), once the table knows its event. */
    public static Anchor create() {
        Anchor export = new Anchor();
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export CSV"));
        export.addClassName("export-link");
        return export;
    }

    /** A link that downloads what {@code handler} writes. */
    public static Anchor of(DownloadHandler handler) {
        Anchor export = create();
        export.setHref(handler);
        return export;
    }
}
