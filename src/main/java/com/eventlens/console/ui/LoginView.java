package com.eventlens.console.ui;

import com.eventlens.console.internal.DemoMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in with a console account; the form posts to Spring Security's login processing. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Eventlens")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();

    LoginView(DemoMode demo) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Div brand = new Div(new Span("◉"), new H1("Eventlens"));
        brand.addClassName("login-brand");
        Div card = new Div(brand, new Paragraph("What every attendee of your events watched, did and downloaded."),
                form);
        card.addClassName("login-card");
        if (demo.isActive()) {
            Paragraph hint = new Paragraph("Demo accounts: admin / admin (all events), manager / manager (Virtually Live!)");
            hint.addClassName("login-demo-hint");
            card.add(hint);
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
