package com.eventlens.console.internal;

import java.time.Duration;
import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A browser that has just signed out keeps no page for the next sign-in. Spring Security remembers the page a
 * signed-out browser asked for, to open it after the sign-in (a bookmark followed before signing in). But right
 * after a sign-out the page that was open may ask for itself once more — its push connection learns that its
 * session is gone and reloads it — and the next person to sign in in that browser landed on the previous one's page
 * (Accounts, say) instead of the events list. A sign-out therefore marks the browser for a few seconds with a
 * cookie, and the request cache keeps no page asked for while the mark lasts.
 */
final class JustSignedOut implements LogoutHandler, RequestMatcher {

    static final String COOKIE = "eventlens-signed-out";
    /** Long enough for the old page's last requests, short enough not to lose a bookmark opened later. */
    static final Duration MARK = Duration.ofSeconds(15);

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (response == null) {
            return;
        }
        Cookie mark = new Cookie(COOKIE, "1");
        mark.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        mark.setMaxAge((int) MARK.toSeconds());
        mark.setHttpOnly(true);
        mark.setSecure(request.isSecure());
        mark.setAttribute("SameSite", "Lax");
        response.addCookie(mark);
    }

    /** The request comes from a browser that signed out a moment ago. */
    @Override
    public boolean matches(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> COOKIE.equals(cookie.getName()));
    }
}
