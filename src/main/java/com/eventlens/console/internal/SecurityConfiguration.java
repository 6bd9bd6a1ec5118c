package com.eventlens.console.internal;


import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.eventlens.console.ui.LoginView;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.web.ProblemResponses;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;

/**
 * The API's and the console's filter chains (the operations endpoints' is {@link OperationsSecurity}, which shares
 * {@link #statelessBasic}). The JSON API under {@code /api/} is stateless, HTTP Basic with console accounts (the
 * interactions endpoint checks its event's bearer token itself), refuses cross-site writes and answers every
 * refusal as a problem detail. The Vaadin console signs in with a form (with its CSRF token), or with an OIDC
 * provider when {@code eventlens.sso.*} is set. Both throttle password guessing and send the same security headers;
 * decision record 14 explains the choices.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /**
     * What Vaadin's pages need and nothing more, found by taking each allowance away in Chromium (decision record 14):
     * its client evaluates the server's JavaScript ({@code 'unsafe-eval'}: without it the sign-in page stays blank),
     * its bootstrap page runs inline scripts and its components set inline styles ({@code 'unsafe-inline'}), Lumo
     * loads its icon font and a few icons as {@code data:} URLs. Everything else — scripts, styles, push's WebSocket,
     * downloads — comes from the console itself; no page may be framed (clickjacking) nor post a form elsewhere.
     */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    /** The API serves data, never pages. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/events/*/interactions").permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class);
        return statelessBasic(http, throttle, "This console account may not do that.").build();
    }

    /**
     * What every chain that signs in with HTTP Basic shares (the API's, the operations endpoints'): no session, no
     * cookie and so no CSRF token (cross-site writes are refused by their origin instead), password guessing
     * throttled, refusals as problem details, and headers for data, not pages.
     */
    static HttpSecurity statelessBasic(HttpSecurity http, SignInThrottle throttle, String forbidden)
            throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(new ProblemAuthenticationEntryPoint()))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                        ProblemResponses.write(response, HttpStatus.FORBIDDEN, forbidden)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SignInThrottleFilter(throttle, LOGIN_PATH), BasicAuthenticationFilter.class)
                .headers(headers -> securityHeaders(headers, API_POLICY));
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleSecurity(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle,
                                        SsoProperties sso, AccountService accounts, Accounts repository,
                                        EventRouteGuard eventPages, VaadinDefaultRequestCache pagesToReturnTo)
            throws Exception {
        // The console's own static files and error pages come before Vaadin's rules, which end with "everything
        // else needs a login".
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**").permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Vaadin exempts its sign-in form from CSRF protection; here the form must send its token (the page carries
        // it, and Vaadin's login form posts it), so that no other site can sign a browser in to an account of theirs.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // The login page is named here, not only by Vaadin's configurer below: that one is initialised after the form
        // login, which would otherwise already have switched on Spring Security's generated sign-in page.
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(new SignInFailureHandler(LOGIN_PATH)));
        http.addFilterBefore(new SignInThrottleFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> securityHeaders(headers, CONSOLE_POLICY));
        http.addFilterAfter(new UnknownPageStatus(vaadinRequests, eventPages), AuthorizationFilter.class);
        if (sso.enabled()) {
            http.oauth2Login(oauth -> oauth.loginPage(LOGIN_PATH)
                    .clientRegistrationRepository(new SsoRegistrations(sso))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoSignIn(accounts, repository, sso)))
                    .successHandler(new SsoSuccessHandler())
                    .failureHandler(new SsoFailureHandler(LOGIN_PATH, sso.providerName())));
        }
        // The next sign-in in a browser that just signed out starts at the events list, not at the page the
        // previous account had open.
        JustSignedOut justSignedOut = new JustSignedOut();
        pagesToReturnTo.ignoreRequests(justSignedOut);
        // Any other address needs a signed-in account and is then Vaadin's to answer: an unknown one shows the
        // console's own "Not found" page inside its frame (HTTP 404), not a bare 403 of Vaadin's default "deny all".
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .addLogoutHandler(justSignedOut)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                .enableCsrfConfiguration(false)).build();
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
        // Written before the request is handled: Vaadin writes its pages past the filter's "on commit" hook, and a
        // page without them would have no policy at all.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /** Before every other filter, so that no redirect of anyone's escapes it. */
    @Bean
    FilterRegistrationBean<SameHostRedirects> sameHostRedirects() {
        FilterRegistrationBean<SameHostRedirects> registration = new FilterRegistrationBean<>(new SameHostRedirects());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt today, with the algorithm stored beside each hash so that it can be changed later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService consoleUsers(Accounts accounts) {
        return username -> accounts.findByUsernameIgnoringCase(username)
                .map(Account::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No console account " + username));
    }
}
