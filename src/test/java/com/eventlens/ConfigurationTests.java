package com.eventlens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.eventlens.analytics.internal.ReadinessProperties;
import com.eventlens.cluster.NodeRole;
import com.eventlens.cluster.NodeRoles;
import com.eventlens.cluster.internal.ClusterProperties;
import com.eventlens.console.internal.BootstrapAdminProperties;
import com.eventlens.console.internal.DemoProperties;
import com.eventlens.console.internal.SsoProperties;
import com.eventlens.interactions.internal.IngestProperties;
import com.eventlens.shared.database.EmbeddedDatabaseProperties;
import com.eventlens.testing.Applications;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code eventlens.*} settings are typed records: their defaults are those README's "Configuration" table
 * names, the configuration processor describes every one of them for IDEs and operators, and a bad value stops the
 * start with a message that names the property and says what is wrong.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationTests {

    final Applications applications = new Applications();

    @AfterEach
    void stop() {
        applications.close();
    }

    @Test
    void withNothingSetEverySettingHasItsDocumentedDefault() {
        Binder nothing = new Binder(new MapConfigurationPropertySource(Map.of()));

        EmbeddedDatabaseProperties database = nothing.bindOrCreate("eventlens.embedded-database",
                EmbeddedDatabaseProperties.class);
        assertThat(database).isEqualTo(new EmbeddedDatabaseProperties(true, 54329, Path.of(".eventlens/postgres"),
                false, Map.of()));
        assertThat(nothing.bindOrCreate("eventlens.demo", DemoProperties.class).mode())
                .isEqualTo(DemoProperties.Mode.AUTO);
        BootstrapAdminProperties admin = nothing.bindOrCreate("eventlens.bootstrap-admin",
                BootstrapAdminProperties.class);
        assertThat(List.of(admin.username(), admin.password(), admin.email())).containsOnly("");
        assertThat(nothing.bindOrCreate("eventlens.readiness", ReadinessProperties.class).maxFoldLag())
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(nothing.bindOrCreate("eventlens.ingest", IngestProperties.class))
                .isEqualTo(new IngestProperties(Duration.ofSeconds(10), 500));
        SsoProperties sso = nothing.bindOrCreate("eventlens.sso", SsoProperties.class);
        assertThat(sso.enabled()).isFalse();
        assertThat(sso.emailClaim()).isEqualTo("email");
        assertThat(sso.providerName()).isEqualTo("single sign-on");
        assertThat(nothing.bindOrCreate("eventlens.node", NodeRoles.class).roles())
                .containsExactlyInAnyOrder(NodeRole.INGEST, NodeRole.FOLD, NodeRole.CONSOLE);
        assertThat(nothing.bindOrCreate("eventlens.cluster", ClusterProperties.class))
                .isEqualTo(new ClusterProperties(12, (short) 1, Duration.ofSeconds(15)));
    }

    @Test
    void relaxedValuesAreRead() {
        Binder set = new Binder(new MapConfigurationPropertySource(Map.of("eventlens.demo.mode", "off",
                "eventlens.readiness.max-fold-lag", "2m", "eventlens.embedded-database.port", "5555",
                "eventlens.embedded-database.settings.shared_buffers", "2GB")));

        assertThat(set.bindOrCreate("eventlens.demo", DemoProperties.class).mode()).isEqualTo(DemoProperties.Mode.OFF);
        assertThat(set.bindOrCreate("eventlens.readiness", ReadinessProperties.class).maxFoldLag())
                .isEqualTo(Duration.ofMinutes(2));
        EmbeddedDatabaseProperties database = set.bindOrCreate("eventlens.embedded-database",
                EmbeddedDatabaseProperties.class);
        assertThat(database.port()).isEqualTo(5555);
        assertThat(database.settings()).containsExactly(Map.entry("shared_buffers", "2GB"));
    }

    @Test
    void theConfigurationProcessorDescribesEverySetting() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("written by spring-boot-configuration-processor at compile time").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        Map<String, JsonNode> properties = new java.util.TreeMap<>();
        StreamSupport.stream(metadata.get("properties").spliterator(), false)
                .forEach(property -> properties.put(property.get("name").asString(), property));

        assertThat(properties).containsKeys("eventlens.embedded-database.enabled", "eventlens.embedded-database.port",
                "eventlens.embedded-database.data-directory", "eventlens.embedded-database.ephemeral",
                "eventlens.demo.mode", "eventlens.bootstrap-admin.username", "eventlens.bootstrap-admin.password",
                "eventlens.bootstrap-admin.email", "eventlens.readiness.max-fold-lag", "eventlens.ingest.max-fold-lag",
                "eventlens.ingest.max-batches-waiting", "eventlens.embedded-database.settings", "eventlens.sso.issuer-uri",
                "eventlens.sso.client-id", "eventlens.sso.client-secret", "eventlens.sso.email-claim",
                "eventlens.sso.provider-name", "eventlens.sso.auto-create-managers", "eventlens.node.roles",
                "eventlens.cluster.partitions", "eventlens.cluster.replication-factor",
                "eventlens.cluster.republish-interval");
        properties.forEach((name, property) -> assertThat(property.path("description").asString("")).as(name)
                .isNotBlank());
        assertThat(properties.get("eventlens.embedded-database.port").get("defaultValue").asInt()).isEqualTo(54329);
        assertThat(properties.get("eventlens.readiness.max-fold-lag").get("defaultValue").asString()).isEqualTo("60s");
        assertThat(properties.get("eventlens.demo.mode").get("defaultValue").asString()).isEqualTo("auto");
    }

    @Test
    void aPortOutOfRangeStopsTheStartBeforeTheDatabaseStarts(CapturedOutput output) {
        assertThatThrownBy(() -> applications.start("--eventlens.embedded-database.port=70000",
                "--eventlens.embedded-database.ephemeral=false"));

        assertThat(output).contains("APPLICATION FAILED TO START", "eventlens.embedded-database.port", "70000",
                "must be less than or equal to 65535").doesNotContain("Embedded PostgreSQL on port");
    }

    @Test
    void anUnknownDemoModeStopsTheStartNamingTheValidOnes(CapturedOutput output) {
        assertThatThrownBy(() -> applications.start("--eventlens.demo.mode=sometimes"));

        assertThat(output).contains("APPLICATION FAILED TO START", "eventlens.demo.mode", "sometimes",
                "AUTO", "ON", "OFF");
    }

    @Test
    void anUnknownNodeRoleStopsTheStartNamingTheKnownOnes(CapturedOutput output) {
        assertThatThrownBy(() -> applications.start("--eventlens.node.roles=ingest,reports"));

        assertThat(output).contains("APPLICATION FAILED TO START", "eventlens.node.roles", "reports",
                "INGEST", "FOLD", "CONSOLE");
    }

    @Test
    void anIngestNodeWithoutFoldNeedsABroker(CapturedOutput output) {
        assertThatThrownBy(() -> applications.start("--eventlens.node.roles=ingest,console"));

        assertThat(output).contains("APPLICATION FAILED TO START", "eventlens.node.roles", "ingest,console",
                "needs cluster mode (set spring.kafka.bootstrap-servers)");
    }

    @Test
    void anIngestLimitBelowOneBatchStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> applications.start("--eventlens.ingest.max-batches-waiting=0"));

        assertThat(output).contains("APPLICATION FAILED TO START", "eventlens.ingest.max-batches-waiting",
                "must be greater than or equal to 1");
    }

    @Test
    void aReadinessLimitOfNothingStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> applications.start("--eventlens.readiness.max-fold-lag=0s"));

        assertThat(output).contains("APPLICATION FAILED TO START", "eventlens.readiness.max-fold-lag",
                "must be longer than or equal to 1 milli");
    }
}
