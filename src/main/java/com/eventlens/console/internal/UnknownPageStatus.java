package com.eventlens.console.internal;

import java.io.IOException;
import java.net.MalformedURLException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.eventlens.people.ui.EventRouteGuard;

import com.vaadin.flow.spring.security.RequestUtil;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A page address that is no route of the console, or a page of an event the signed-in account may not see (or of
 * no event at all), is answered with HTTP {@code 404}. Vaadin answers every address with its page (status 200) and
 * only then, in the browser, shows the console's own "Not found" inside its frame; that page stays, but its status
 * now says what it shows, to crawlers, monitors and scripts alike. Requests of Vaadin itself, static files and the
 * sign-in's own addresses are left alone.
 */
class UnknownPageStatus extends OncePerRequestFilter {

    private final RequestUtil vaadinRequests;
    private final EventRouteGuard eventPages;

    UnknownPageStatus(RequestUtil vaadinRequests, EventRouteGuard eventPages) {
        this.vaadinRequests = vaadinRequests;
        this.eventPages = eventPages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isUnknownPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                // Vaadin's page would say 200; any other status (an error) is kept.
                super.setStatus(status == SC_OK ? SC_NOT_FOUND : status);
            }
        });
    }

    private boolean isUnknownPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!"GET".equals(request.getMethod()) || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)
                || path.isEmpty() || "/".equals(path)
                || vaadinRequests.isFrameworkInternalRequest(request) || vaadinRequests.isAnonymousRoute(request)) {
            return false;
        }
        if (vaadinRequests.isSecuredFlowRoute(request)) {
            return eventPages.hidesEventOf(path);
        }
        return !isStaticFile(request, path);
    }

    private static boolean isStaticFile(HttpServletRequest request, String path) {
        try {
            return request.getServletContext().getResource(path) != null || path.startsWith("/VAADIN/");
        } catch (MalformedURLException notAPath) {
            return false;
        }
    }
}
