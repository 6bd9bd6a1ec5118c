package com.eventlens.console.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.eventlens.console.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Two filter chains: the JSON API under {@code /api/} (stateless, HTTP Basic with console accounts; the
 * interactions endpoint checks its event's bearer token itself) and the Vaadin console (form login).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/events/*/interactions").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, denied) -> ProblemAuthenticationEntryPoint.write(response,
                                HttpStatus.FORBIDDEN, "This console account may not do that.")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        // The console's own static files come before Vaadin's rules, which end with "everything else needs a login".
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/icons/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt today, with the algorithm stored beside each hash so that it can be changed later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleAccounts accounts) {
        return username -> accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No console account " + username));
    }
}
