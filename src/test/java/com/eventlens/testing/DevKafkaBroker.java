package com.eventlens.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), the real one from Maven
 * Central's {@code kafka_2.13}, for development and tests only: it lives in the test sources and never reaches the
 * production jar. {@code ./mvnw -Pkafka-broker exec:java} runs it on {@code localhost:9092} (controller on the next
 * port) with its data under {@code target/kafka-broker}, until stopped (Ctrl-C); {@code -Dkafka.port} and
 * {@code -Dkafka.dir} change them. Unlike spring-kafka-test's {@code EmbeddedKafkaKraftBroker}, it can be stopped and
 * started again on the same port and data, as a broker outage is (ClusterTests).
 */
public final class DevKafkaBroker implements AutoCloseable {

    private final int port;
    private final Path directory;
    private KafkaRaftServer server;

    public DevKafkaBroker(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getProperty("kafka.port", "9092"));
        Path directory = Path.of(System.getProperty("kafka.dir", "target/kafka-broker")).toAbsolutePath();
        DevKafkaBroker broker = new DevKafkaBroker(port, directory).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-broker-stop"));
        System.out.println("Kafka broker (KRaft) on " + broker.bootstrapServers() + ", data in " + directory
                + "; Ctrl-C stops it. Start Eventlens with --spring.kafka.bootstrap-servers=" + broker.bootstrapServers());
        stopped.await();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Starts the broker; its data directory is formatted on the first start and kept for the next ones. */
    public synchronized DevKafkaBroker start() {
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(config)) {
                settings().store(out, "Eventlens development broker");
            }
            if (!Files.exists(directory.resolve("data/meta.properties"))) {
                format(config);
            }
            server = new KafkaRaftServer(KafkaConfig.fromProps(settings(), false), Time.SYSTEM);
            server.startup();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.put("node.id", "1");
        settings.put("process.roles", "broker,controller");
        settings.put("controller.quorum.voters", "1@localhost:" + (port + 1));
        settings.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1));
        settings.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("log.dirs", directory.resolve("data").toString());
        // One broker: every internal topic has one copy, and a new consumer group starts at once.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "4");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        return settings;
    }

    private static void format(Path config) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting the broker's storage failed: " + output.toString(
                    StandardCharsets.UTF_8));
        }
    }
}
