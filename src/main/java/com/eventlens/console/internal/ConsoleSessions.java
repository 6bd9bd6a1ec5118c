package com.eventlens.console.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.eventlens.shared.security.CurrentUser;
import com.vaadin.flow.internal.CurrentInstance;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The console's open HTTP sessions, so that an account whose access was taken away (disabled, deleted, demoted, a
 * password reset) is signed out of every browser at once, not when its session times out eight hours later.
 * Invalidating the session also ends its Vaadin session: the browser's next round trip reloads into the sign-in page.
 */
@Component
class ConsoleSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSessions.class);

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /**
     * Signs the account out of its open sessions, except the one with id {@code keep} (the request's own, when a
     * person changes their own password; {@code null} for none). Returns how many were signed out.
     */
    int signOut(String username, String keep) {
        // Often called while an admin's Vaadin request runs on this thread: ending another browser's Vaadin session
        // would leave this thread pointing at that session (its UI then fails with "not locked"). The other sessions
        // end with none of this request's Vaadin state current, and it is put back afterwards.
        Map<Class<?>, CurrentInstance> vaadinRequest = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return invalidate(username, keep);
        } finally {
            CurrentInstance.restoreInstances(vaadinRequest);
        }
    }

    private int invalidate(String username, String keep) {
        int signedOut = 0;
        for (HttpSession session : open.values()) {
            if (session.getId().equals(keep) || !username.equalsIgnoreCase(usernameIn(session))) {
                continue;
            }
            try {
                session.invalidate();
                signedOut++;
            } catch (IllegalStateException alreadyInvalid) {
                // Ended by itself meanwhile: nothing left to do.
            }
            open.remove(session.getId());
        }
        if (signedOut > 0) {
            log.info("Signed account '{}' out of {} open session(s)", username, signedOut);
        }
        return signedOut;
    }

    private static String usernameIn(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security
                    ? CurrentUser.of(security.getAuthentication()).map(user -> user.username()).orElse(null)
                    : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
