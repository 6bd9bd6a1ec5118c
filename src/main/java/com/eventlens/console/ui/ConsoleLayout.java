package com.eventlens.console.ui;

import com.eventlens.console.AccountManagement;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The frame of the pages outside an event: a top bar with the brand and the account, then the page. */
@Layout
@PermitAll
public class ConsoleLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    ConsoleLayout(AuthenticationContext authentication, AccountManagement accounts) {
        addClassName("console-layout");
        RouterLink brand = new RouterLink("", EventsView.class);
        brand.add(new Span("◉"), new Span("Eventlens"));
        brand.addClassName("brand");
        Header bar = new Header(brand, new UserMenu(authentication, accounts));
        bar.addClassName("top-bar");
        content.addClassName("console-content");
        add(bar, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
