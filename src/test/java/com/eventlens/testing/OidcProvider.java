package com.eventlens.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in an application context
 * of its own, on a free port of {@code 127.0.0.1} (another host than the console's {@code localhost}, so that the two
 * keep their own session cookies, as a real provider would). Its people sign in on its own login page; their ID
 * token carries {@code email}, {@code email_verified} and {@code name}, which its user info endpoint returns too.
 * It knows one client, the console, which may only be sent back to the redirect addresses {@link #allowRedirectTo}
 * was given (the console's port is known only once it runs).
 */
public final class OidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "eventlens-console";
    public static final String CLIENT_SECRET = "console-secret-for-tests";

    /** Someone who can sign in at the provider. */
    public record Person(String username, String password, String name, String email, boolean emailVerified) {
    }

    private final ConfigurableApplicationContext context;

    private OidcProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static OidcProvider start(Person... people) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .initializers(registered -> registered.getBeanFactory().registerSingleton("people",
                        new People(Arrays.stream(people).collect(Collectors.toMap(Person::username,
                                Function.identity())))))
                .properties(Map.of(
                        // Its own configuration only: not the console's application.properties nor its embedded database.
                        "spring.config.name", "oidc-provider",
                        "eventlens.embedded-database.enabled", "false",
                        "server.address", "127.0.0.1",
                        "server.port", "0",
                        "spring.main.banner-mode", "off"))
                .run();
        return new OidcProvider(context);
    }

    /** The issuer, e.g. {@code http://127.0.0.1:41234}: its discovery document is below it. */
    public String issuer() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Lets the console be sent back to this address after a sign-in, e.g. {@code http://localhost:8080/login/oauth2/code/sso}. */
    public void allowRedirectTo(String redirectUri) {
        context.getBean(ConsoleClient.class).allow(redirectUri);
    }

    @Override
    public void close() {
        context.close();
    }

    record People(Map<String, Person> byUsername) {
    }

    /** The console as the provider's one client, whose allowed redirect addresses grow as tests start consoles. */
    static final class ConsoleClient implements RegisteredClientRepository {

        private final AtomicReference<RegisteredClient> client = new AtomicReference<>(
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(CLIENT_ID)
                        .clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("http://localhost/never-used")
                        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                        // A company's own provider does not ask its staff to consent to their own console.
                        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                        .build());

        void allow(String redirectUri) {
            client.updateAndGet(known -> RegisteredClient.from(known).redirectUri(redirectUri).build());
        }

        /** The token endpoint saves the client after authenticating it (to re-encode its secret, when outdated). */
        @Override
        public void save(RegisteredClient registeredClient) {
            if (!registeredClient.getClientId().equals(CLIENT_ID)) {
                throw new IllegalArgumentException("The test provider knows only the console");
            }
            client.set(registeredClient);
        }

        @Override
        public RegisteredClient findById(String id) {
            return client.get().getId().equals(id) ? client.get() : null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return client.get().getClientId().equals(clientId) ? client.get() : null;
        }
    }

    /**
     * The provider's beans. Deliberately not a {@code @Configuration}: the console's tests scan
     * {@code com.eventlens}, and must not find a second security configuration there.
     */
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class Provider {

        /** The protocol endpoints; someone not yet signed in is sent to the login page. */
        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // The user info endpoint takes the access token it issued.
                    .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** Spring Security's own login page, where the people of the tests type their password. */
        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /**
         * Spring Security's context holder is one static per JVM, and the console under test replaces it with
         * Vaadin's when it starts (after this provider). The Authorization Server reads that static directly, so the
         * provider's filters must use whatever it holds at the time of the request, not the one of start-up.
         */
        @Bean
        SecurityContextHolderStrategy currentSecurityContextHolder() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        ConsoleClient consoleClient() {
            return new ConsoleClient();
        }

        @Bean
        UserDetailsService users(People people) {
            return new InMemoryUserDetailsManager(people.byUsername().values().stream()
                    .map(person -> User.withUsername(person.username()).password("{noop}" + person.password())
                            .roles("USER").build())
                    .toList());
        }

        /** The person's address, whether it is verified, and their name, in the ID token (and so in user info). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> personClaims(People people) {
            return token -> {
                Person person = people.byUsername().get(token.getPrincipal().getName());
                if (person != null && OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                    token.getClaims().claim("email", person.email())
                            .claim("email_verified", person.emailVerified())
                            .claim("name", person.name());
                }
            };
        }

        @Bean
        KeyPair signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> jwkSource(KeyPair keys) {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(KeyPair keys) {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            // No fixed issuer: it is the address the provider is reached at, http://127.0.0.1:<port>.
            return AuthorizationServerSettings.builder().build();
        }
    }
}
