package com.eventlens.console.ui;

import java.util.List;
import java.util.Map;

import com.eventlens.console.internal.DemoMode;
import com.eventlens.console.internal.SsoProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in with a console account: the form posts to Spring Security's login processing (with the page's CSRF
 * token), and "Sign in with …" starts single sign-on when it is configured. After a failure the typed username is
 * kept and the reason shown: a wrong password, a wait after too many failures, an expired form, or why the
 * provider's person has no account here.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Eventlens")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Session attribute holding the username of the last failed attempt, read once by this page. */
    public static final String KEPT_USERNAME = "eventlens.signIn.username";
    /** Session attribute holding why the last single sign-on did not sign anyone in, read once by this page. */
    public static final String SSO_PROBLEM = "eventlens.signIn.ssoProblem";

    final LoginForm form = new LoginForm();
    final Anchor singleSignOn;
    final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(DemoMode demo, SsoProperties sso) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Sign in");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Div brand = new Div(new Span("◉"), new H1("Eventlens"));
        brand.addClassName("login-brand");
        Div card = new Div(brand, new Paragraph("What every attendee of your events watched, did and downloaded."),
                form);
        card.addClassName("login-card");
        singleSignOn = new Anchor(SsoProperties.authorizationPath().substring(1), "");
        singleSignOn.add(VaadinIcon.SIGN_IN.create(), new Span("Sign in with " + sso.providerName()));
        singleSignOn.addClassNames("login-sso");
        // A full page load: the provider's sign-in is no route of the console.
        singleSignOn.getElement().setAttribute("router-ignore", true);
        Div or = new Div(new Span("or"));
        or.addClassName("login-divider");
        Div alternative = new Div(or, singleSignOn);
        alternative.addClassName("login-alternative");
        alternative.setVisible(sso.enabled());
        card.add(alternative);
        if (demo.isActive()) {
            Paragraph hint = new Paragraph("Demo accounts: admin / admin (all events), manager / manager (Virtually Live!)");
            hint.addClassName("login-demo-hint");
            card.add(hint);
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (query.containsKey("locked")) {
            String seconds = query.get("locked").getFirst().replaceAll("[^0-9]", "");
            String wait = seconds.isEmpty() ? "a moment" : seconds + ("1".equals(seconds) ? " second" : " seconds");
            showError("Too many failed sign-ins", "Wait " + wait
                    + ", then try again. Even the right password is refused until then.");
        } else if (query.containsKey("sso-error")) {
            Object problem = session == null ? null : session.getAttribute(SSO_PROBLEM);
            if (problem != null) {
                session.removeAttribute(SSO_PROBLEM);
            }
            showError("Single sign-on did not sign you in", problem instanceof String message ? message
                    : "Try again, or sign in with your username and password.");
        } else if (query.containsKey("error")) {
            showError("Wrong username or password", "Check both and try again.");
        } else {
            form.setError(false);
        }
        Object kept = session == null ? null : session.getAttribute(KEPT_USERNAME);
        if (kept instanceof String username && !query.isEmpty()) {
            session.removeAttribute(KEPT_USERNAME);
            keepUsername(username);
        }
    }

    private void showError(String title, String message) {
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }

    /** Puts the username back into the form once it is rendered, and the cursor into the password field. */
    private void keepUsername(String username) {
        form.getElement().executeJs("""
                const form = this;
                const fill = () => {
                  const name = form.querySelector('#vaadinLoginUsername');
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (!name || !password) { requestAnimationFrame(fill); return; }
                  name.value = $0;
                  password.focus();
                };
                requestAnimationFrame(fill);""", username);
    }
}
