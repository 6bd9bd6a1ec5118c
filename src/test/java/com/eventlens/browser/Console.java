package com.eventlens.browser;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.eventlens.testing.Applications;
import com.eventlens.testing.ConsoleHttp;
import com.eventlens.testing.ProductionJar;
import com.microsoft.playwright.Page;

/**
 * A running console for the browser tests, which reach it only as a user and an integration would: through its
 * pages and its HTTP API. Every browser test runs against both: the development mode of {@code ./mvnw
 * spring-boot:run} (an application started in the test JVM from {@code target/classes}) and the packaged
 * production jar in its own process. Each is started once, on first use, on a throw-away database with the demo
 * event, and stopped when the test run ends.
 */
final class Console {

    /** The demo event "Virtually Live!" that both consoles seed. */
    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    private static final Console DEVELOPMENT = new Console("development mode", Path.of("target", "screenshots"), () -> {
        Applications applications = new Applications();
        int port = applications.start().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return new Running("http://localhost:" + port, applications);
    });

    private static final Console PRODUCTION_JAR = new Console("production jar",
            Path.of("target", "screenshots", "production-jar"), () -> {
        ProductionJar jar = ProductionJar.start("browser-tests", "--eventlens.embedded-database.ephemeral=true");
        System.out.println("The production jar was ready " + jar.startup().toMillis() + " ms after its start");
        return new Running(jar.baseUrl(), jar);
    });

    /**
     * The argument source of the browser tests' {@code @ParameterizedClass}: both consoles, or only one while a test
     * is worked on ({@code -Deventlens.browser-tests=development}, or {@code production-jar}).
     */
    static Stream<Console> all() {
        return switch (System.getProperty("eventlens.browser-tests", "")) {
            case "development" -> Stream.of(DEVELOPMENT);
            case "production-jar" -> Stream.of(PRODUCTION_JAR);
            default -> Stream.of(DEVELOPMENT, PRODUCTION_JAR);
        };
    }

    static Console development() {
        return DEVELOPMENT;
    }

    static Console productionJar() {
        return PRODUCTION_JAR;
    }

    private record Running(String baseUrl, AutoCloseable process) {
    }

    private final String name;
    private final Path screenshots;
    private final Supplier<Running> starter;
    private Running running;

    private Console(String name, Path screenshots, Supplier<Running> starter) {
        this.name = name;
        this.screenshots = screenshots;
        this.starter = starter;
    }

    synchronized String baseUrl() {
        if (running == null) {
            running = starter.get();
        }
        return running.baseUrl();
    }

    /** A page of the console, e.g. {@code url("/login")}. */
    String url(String path) {
        return baseUrl() + path;
    }

    ConsoleHttp http() {
        return new ConsoleHttp(baseUrl());
    }

    /** Where this console's screenshots and downloads go: {@code target/screenshots[/production-jar]}. */
    Path screenshots() {
        return screenshots;
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }

    /** The page as a laptop, a tablet and a phone show it: {@code name-1440.png}, {@code -1024}, {@code -390}. */
    void screenshotAtWidths(Page page, String name) {
        for (int[] size : new int[][] {{1440, 900}, {1024, 768}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(400);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + "-" + size[0] + ".png")));
        }
        page.setViewportSize(1400, 900);
        page.waitForTimeout(200);
    }

    private synchronized void stop() throws Exception {
        if (running != null) {
            running.process().close();
            running = null;
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Stops the consoles that were started, and the shared browser, once every test of the run is done. */
    static final class StopAtTheEnd implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.create(Console.class))
                    .computeIfAbsent("consoles", key -> (AutoCloseable) () -> {
                        BrowserSession.closeShared();
                        DEVELOPMENT.stop();
                        PRODUCTION_JAR.stop();
                    });
        }
    }
}
