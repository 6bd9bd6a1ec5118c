package com.eventlens.console.internal;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.eventlens.shared.security.ConsoleRole;

/**
 * The actuator endpoints, ahead of the API's and the console's filter chains: health (status only, with its
 * liveness and readiness groups) for anyone — load balancers and container runtimes ask without credentials —,
 * everything else (Prometheus metrics among it) for admins over HTTP Basic, like the API; refusals are problem
 * details.
 */
@Configuration
class OperationsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain operationsEndpoints(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAuthority(ConsoleRole.ADMIN.authority()));
        // Signed in like the API: the same throttle on password guessing, the same problem details and headers.
        return SecurityConfiguration.statelessBasic(http, throttle, "Only admins may read the operations endpoints.")
                .build();
    }
}
