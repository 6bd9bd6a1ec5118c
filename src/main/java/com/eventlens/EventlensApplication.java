package com.eventlens;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * The console. Its {@code eventlens.*} settings are records annotated with {@code @ConfigurationProperties} (found by
 * the scan; README's "Configuration" lists them), and whatever reads the time reads the one {@link Clock}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/eventlens.css")
public class EventlensApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(EventlensApplication.class, args);
    }

    /** The time of every module (creation times, sign-in throttling, a report's date), so that tests can set it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Eventlens");
        settings.addFavIcon("icon", "icons/eventlens.svg", "any");
    }
}
