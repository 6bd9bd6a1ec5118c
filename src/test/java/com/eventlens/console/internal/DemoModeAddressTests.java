package com.eventlens.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.eventlens.shared.database.EmbeddedDatabaseEnvironment;
import com.eventlens.testing.Applications;

/**
 * A demo console (its passwords are public) listens on 127.0.0.1 only unless {@code server.address} is set. The
 * test reaches it over two loopback addresses: 127.0.0.2 is this machine too, but not the address the demo listens on.
 */
class DemoModeAddressTests {

    final Applications applications = new Applications();

    @AfterEach
    void stop() {
        applications.close();
    }

    @Test
    void aDemoConsoleAnswersOn127001Only() throws IOException {
        ConfigurableApplicationContext demo = applications.start();
        assertThat(demo.getBean(DemoMode.class).isActive()).isTrue();
        int port = demo.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

        connect("127.0.0.1", port);
        assertThatThrownBy(() -> connect("127.0.0.2", port)).isInstanceOf(ConnectException.class);
    }

    @Test
    void aChosenServerAddressWins() throws IOException {
        ConfigurableApplicationContext demo = applications.start("--server.address=0.0.0.0");
        int port = demo.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

        connect("127.0.0.2", port);
    }

    @Test
    void onlyADemoIsHeldToTheLoopbackAddress() {
        assertThat(addressAfterPostProcessing(Map.of(EmbeddedDatabaseEnvironment.ACTIVE_PROPERTY, "true")))
                .isEqualTo("127.0.0.1");
        assertThat(addressAfterPostProcessing(Map.of("eventlens.demo.mode", "on"))).isEqualTo("127.0.0.1");
        assertThat(addressAfterPostProcessing(Map.of(EmbeddedDatabaseEnvironment.ACTIVE_PROPERTY, "true",
                "eventlens.demo.mode", "off"))).as("the embedded database without the demo").isNull();
        assertThat(addressAfterPostProcessing(Map.of())).as("a configured PostgreSQL").isNull();
        assertThat(addressAfterPostProcessing(Map.of("eventlens.demo.mode", "on", "server.address", "192.0.2.10")))
                .isEqualTo("192.0.2.10");
    }

    private static String addressAfterPostProcessing(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new DemoModeEnvironment(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }

    private static void connect(String address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }
}
