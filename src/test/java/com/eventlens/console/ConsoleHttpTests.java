package com.eventlens.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;

/**
 * The console as a browser and an HTTP client reach it through the real server (Tomcat, its session cookie and
 * forwarded headers), where a mock request cannot tell: the security headers of Vaadin's own pages, the session
 * cookie's attributes, redirects under a forged {@code Host}, the status of an unknown page and of a page of an
 * event the account may not see, signing a disabled
 * account out of its open session, body limits of streamed uploads, and an unexpected failure's correlation id.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConsoleHttpTests {

    static final String PASSWORD = "correct horse battery";
    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    @Autowired
    EventCatalog events;

    @LocalServerPort
    int port;

    /** A probe for the API's one error handler (a member of this test's configuration): it fails as a bug would. */
    @TestConfiguration
    static class FailingEndpoint {

        @RestController
        static class Failing {

            @GetMapping("/api/v1/failing-on-purpose")
            String fail() {
                throw new IllegalStateException("the disk under table interaction is on fire");
            }
        }
    }

    @Test
    void vaadinsPagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = send(anonymous(), page("/login"));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<meta name=\"_csrf\"");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'", "form-action 'self'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindAnHttpsProxy() throws Exception {
        String plain = sessionCookie(send(anonymous(), page("/login")));
        assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        String proxied = sessionCookie(send(anonymous(), page("/login").header("X-Forwarded-Proto", "https")));
        assertThat(proxied).contains("HttpOnly", "Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aForeignHostIsNeverSentBackAsARedirect() throws Exception {
        for (String header : List.of("Host: evil.example", "X-Forwarded-Host: evil.example")) {
            String answer = raw("GET /accounts HTTP/1.1\r\n" + (header.startsWith("Host") ? "" : "Host: localhost\r\n")
                    + header + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

            assertThat(answer).as(header).startsWith("HTTP/1.1 302");
            assertThat(location(answer)).as(header).isEqualTo("/login");
        }
    }

    @Test
    void anUnknownPageIsNotFoundForTheSignedInAndASignInForOthers() throws Exception {
        HttpClient admin = signedIn("admin", "admin");

        HttpResponse<String> unknown = send(admin, page("/no-such-page/at-all"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        // Vaadin's page, which shows the console's own "Not found" inside its frame (see ConsoleBrowserIT).
        assertThat(unknown.body()).contains("<meta name=\"_csrf\"");
        assertThat(send(admin, page("/accounts")).statusCode()).isEqualTo(200);
        assertThat(send(admin, page("/styles/eventlens.css")).statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = send(anonymous(), page("/no-such-page/at-all"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void aPageOfAnEventTheAccountMayNotSeeIsNotFound() throws Exception {
        UUID foreign = UUID.randomUUID();
        events.save(new Event(foreign, "Someone else's summit", "", Instant.parse("2024-03-01T09:00:00Z"),
                Instant.parse("2024-03-01T17:00:00Z"), ZoneId.of("Europe/Paris")));
        HttpClient manager = signedIn("manager", "manager");

        for (String own : List.of("/events/" + DEMO_EVENT, "/events/" + DEMO_EVENT + "/analytics/sessions")) {
            assertThat(send(manager, page(own)).statusCode()).as(own).isEqualTo(200);
        }
        for (String hidden : List.of("/events/" + foreign, "/events/" + foreign + "/people/speakers",
                "/events/" + foreign + "/analytics/content", "/events/" + UUID.randomUUID() + "/analytics/sessions",
                "/events/not-a-uuid")) {
            HttpResponse<String> answer = send(manager, page(hidden));
            assertThat(answer.statusCode()).as(hidden).isEqualTo(404);
            // Still Vaadin's page: it shows the console's "Not found" inside its frame.
            assertThat(answer.body()).as(hidden).contains("<meta name=\"_csrf\"");
        }
        HttpClient admin = signedIn("admin", "admin");
        assertThat(send(admin, page("/events/" + foreign + "/analytics/content")).statusCode())
                .as("an admin sees every event").isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsSignedOutOfItsOpenSessions() throws Exception {
        String username = newAccount();
        HttpClient browser = signedIn(username, PASSWORD);
        HttpClient otherBrowser = signedIn(username, PASSWORD);
        assertThat(send(browser, page("/")).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = send(anonymous(), api("/api/v1/accounts/" + username)
                .method("PATCH", BodyPublishers.ofString("{\"enabled\": false}"))
                .header("Content-Type", "application/json"));
        assertThat(disabled.statusCode()).isEqualTo(200);

        for (HttpClient open : List.of(browser, otherBrowser)) {
            HttpResponse<String> next = send(open, page("/"));
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location")).hasValue("/login");
        }
        assertThat(signIn(anonymousWithCookies(), username, PASSWORD)).as("a disabled account cannot sign in")
                .isEqualTo("/login?error");
    }

    @Test
    void aPasswordResetSignsTheAccountOutToo() throws Exception {
        String username = newAccount();
        HttpClient browser = signedIn(username, PASSWORD);

        assertThat(send(anonymous(), api("/api/v1/accounts/" + username + "/password")
                .POST(BodyPublishers.ofString("{\"password\": \"another long secret\"}"))
                .header("Content-Type", "application/json")).statusCode()).isEqualTo(204);

        assertThat(send(browser, page("/")).headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void aStreamedEventImportOverItsLimitIsRefusedWith413() throws Exception {
        // No Content-Length: the limit must hold while reading, not only for an announced size. Half a megabyte
        // over it, so that the server can still swallow the rest it does not read and answer cleanly.
        long length = 32L * 1024 * 1024 + 512 * 1024;
        HttpResponse<String> refused = send(anonymous(), api("/api/v1/events")
                .POST(BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new ByteArrayInputStream("{\"name\": \"".getBytes(StandardCharsets.UTF_8)),
                        new RepeatingInput('x', length))))
                .header("Content-Type", "application/json"));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("at most 32 MB");
    }

    @Test
    void anUnexpectedFailureIsA500WithACorrelationIdThatIsAlsoInTheLog(CapturedOutput log) throws Exception {
        HttpResponse<String> failed = send(anonymous(), api("/api/v1/failing-on-purpose").GET());

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Matcher id = Pattern.compile("\"correlationId\":\"([0-9a-f-]{36})\"").matcher(failed.body());
        assertThat(id.find()).as(failed.body()).isTrue();
        assertThat(failed.body()).contains("Quote the correlation id " + id.group(1))
                .doesNotContain("on fire").doesNotContain("IllegalStateException");
        assertThat(log.getOut()).contains("correlation id " + id.group(1))
                .contains("the disk under table interaction is on fire");
    }

    /** Creates an event manager account through the API and returns its username. */
    private String newAccount() throws Exception {
        String username = "http-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(anonymous(), api("/api/v1/accounts").POST(BodyPublishers.ofString(
                        AccountsApiTests.body(username, "EVENT_MANAGER", PASSWORD)))
                .header("Content-Type", "application/json"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient browser = anonymousWithCookies();
        assertThat(signIn(browser, username, password)).isEqualTo("/");
        return browser;
    }

    /** Signs in with the form as a browser does, with the page's CSRF token; returns where it leads. */
    private String signIn(HttpClient browser, String username, String password) throws Exception {
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(send(browser, page("/login")).body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + token.group(1);
        HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(uri("/login"))
                .POST(BodyPublishers.ofString(form)).header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpClient anonymous() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpClient anonymousWithCookies() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** One request written by hand: the JDK's client will not send a Host header of our choosing. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        }
    }

    private static String location(String head) {
        return head.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).strip()).findFirst().orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code length} copies of one byte, without holding them in memory. */
    private static final class RepeatingInput extends InputStream {

        private final int value;
        private long left;

        RepeatingInput(char value, long length) {
            this.value = value;
            this.left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + count, (byte) value);
            left -= count;
            return count;
        }
    }
}
