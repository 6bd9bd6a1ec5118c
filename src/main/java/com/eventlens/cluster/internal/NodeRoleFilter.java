package com.eventlens.cluster.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.eventlens.cluster.NodeRole;
import com.eventlens.cluster.NodeRoles;
import com.eventlens.shared.web.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTTP face of a node's roles: the ingest endpoint belongs to {@code ingest}, the operations endpoints
 * ({@code /actuator/**}) to every node, everything else (the console's pages, Vaadin's own requests, every other API)
 * to {@code console}. What a node does not serve answers {@code 404} as a problem detail, before security (nobody is
 * asked to sign in to a page that is not there) and before Vaadin. A node with all three roles has no such filter.
 */
@Configuration(proxyBeanMethods = false)
class NodeRoleFilter {

    /** The one path of the ingest role (InteractionsApi). */
    static final Pattern INGEST_PATH = Pattern.compile("/api/v1/events/[^/]+/interactions/?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> nodeRoleFilterRegistration(NodeRoles roles) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(roles));
        registration.setName("nodeRoleFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(!roles.hasAll());
        return registration;
    }

    /** The role a request needs; {@code null} for what every node serves. */
    static NodeRole roleServing(String path) {
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            return null;
        }
        return INGEST_PATH.matcher(path).matches() ? NodeRole.INGEST : NodeRole.CONSOLE;
    }

    private static final class Filter extends OncePerRequestFilter {

        private final NodeRoles roles;

        Filter(NodeRoles roles) {
            this.roles = roles;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            NodeRole needed = roleServing(path);
            if (needed == null || roles.has(needed)) {
                chain.doFilter(request, response);
                return;
            }
            ProblemResponses.write(response, HttpStatus.NOT_FOUND, needed == NodeRole.INGEST
                    ? "This node does not take in interactions; send them to an ingest node."
                    : "This node does not serve the console; open it on a console node.");
        }
    }
}
