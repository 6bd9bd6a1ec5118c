package com.eventlens.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to the pages of a module one may not depend on (a module whose pages show another's, which depends on it),
 * by address: the router still takes them in the browser, without a page load.
 */
public final class RouteLinks {

    private RouteLinks() {
    }

    /** A link to {@code path} (such as {@code events/<id>/sessions/<id>/analytics}) that the router follows. */
    public static Anchor to(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** A link to {@code path} around other content. */
    public static Anchor around(String path) {
        Anchor link = new Anchor();
        link.setHref(path);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
