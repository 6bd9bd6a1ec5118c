package com.eventlens.console.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.eventlens.shared.web.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's defence against cross-site request forgery. Its clients are programs, which send no {@code Origin}; a
 * browser that a foreign page makes send a state-changing request says where it comes from ({@code Origin},
 * {@code Sec-Fetch-Site}), and such a request is refused with {@code 403} before any credentials it carries (a
 * cached Basic login) are looked at. Requests with a bearer token are exempt: the token is never sent by a browser on
 * its own, so a player on another site may send interactions.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FOREIGN_FETCH_SITES = Set.of("cross-site", "same-site");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || hasBearerToken(request) || !isCrossSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Cross-site requests may not change anything: "
                + "call the API from your own program, not from a page of another site.");
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && FOREIGN_FETCH_SITES.contains(fetchSite.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader(HttpHeaders.HOST);
            if (host == null) {
                int port = request.getServerPort();
                host = request.getServerName() + (port == 80 || port == 443 ? "" : ":" + port);
            }
            return uri.getHost() != null && uri.getRawAuthority().equalsIgnoreCase(host)
                    && uri.getScheme().equalsIgnoreCase(request.getScheme());
        } catch (IllegalArgumentException unreadable) {
            return false; // "null" (a sandboxed page, a redirect chain) or garbage: not this site.
        }
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
