package com.eventlens.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.eventlens.shared.web.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a sign-in attempt while {@link SignInThrottle} makes its username or address wait, before the password is
 * looked at: the sign-in form is sent back to the sign-in page saying how long to wait, an API call gets {@code 429}
 * with {@code Retry-After}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final String loginPath;

    SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formSignIn = "POST".equals(request.getMethod())
                && loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
        String username = formSignIn ? request.getParameter("username") : basicUsername(request).orElse(null);
        Optional<Duration> wait = formSignIn || username != null
                ? throttle.retryAfter(username, request.getRemoteAddr()) : Optional.empty();
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        if (formSignIn) {
            if (username != null) {
                SignInFailureHandler.rememberUsername(request, username);
            }
            response.sendRedirect(request.getContextPath() + loginPath + "?locked=" + seconds);
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this "
                    + "account or address: try again in " + seconds + " s.");
        }
    }

    /** The username of an {@code Authorization: Basic …} header (the scheme in any case), if there is one. */
    static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
