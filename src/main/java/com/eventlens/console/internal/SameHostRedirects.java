package com.eventlens.console.internal;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Redirects never send a browser to the host named in the request's {@code Host} header. Spring Security, Vaadin
 * and Tomcat build absolute redirect URLs from that header, which any client may set: a poisoned cache or a link
 * through a misconfigured proxy would then lead to a foreign site. A redirect to this request's own host is turned
 * into a path (the browser resolves it against the address it used); one to another host (an OIDC provider) stays.
 */
class SameHostRedirects extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(location, request));
            }

            @Override
            public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                super.sendRedirect(relative(location, request), status, clearBuffer);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value, request) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value, request) : value);
            }
        });
    }

    static String relative(String location, HttpServletRequest request) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = URI.create(location);
            String host = request.getHeader(HttpHeaders.HOST);
            if (uri.getRawAuthority() == null || host == null || !uri.getRawAuthority().equalsIgnoreCase(host)) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (IllegalArgumentException unparsable) {
            return location;
        }
    }
}
