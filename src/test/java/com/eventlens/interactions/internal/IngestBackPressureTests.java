package com.eventlens.interactions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;

/**
 * Back-pressure (README "Sending interactions"): while more batches wait for the fold than the limit allows, a new
 * batch is refused with 429 and a Retry-After and changes nothing; once the fold caught up, batches are taken again.
 * While the console stops, a batch is refused with 503.
 */
@SpringBootTest(properties = {"eventlens.ingest.max-batches-waiting=2", "eventlens.ingest.max-fold-lag=1h"})
class IngestBackPressureTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    IngestGate gate;

    MockMvc mvc;
    TestEvent event;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        event = TestEvent.create(context);
    }

    @Test
    void aBatchIsRefusedWith429WhileTooManyBatchesWaitForTheFold_andTakenAgainOnceItCaughtUp() throws Exception {
        try (Connection connection = dataSource.getConnection();
             AutoCloseable foldsWait = Rollups.holdFolds(connection, event.id())) {
            for (int batch = 0; batch < 3; batch++) {
                post().andExpect(status().isAccepted());
            }
            // The backlog is measured at most every IngestGate.FRESHNESS: a batch more may get in meanwhile.
            await().atMost(Duration.ofSeconds(5)).until(() -> post().andReturn().getResponse().getStatus() == 429);
            post().andExpect(status().isTooManyRequests())
                    .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString(stored() + " batches waiting")));
            long waiting = stored();
            post().andExpect(status().isTooManyRequests());
            assertThat(stored()).as("a refused batch stores nothing").isEqualTo(waiting);
        }
        Rollups.awaitApplied(jdbc, event.id());
        long folded = stored();
        await().atMost(Duration.ofSeconds(5)).until(() -> post().andReturn().getResponse().getStatus() == 202);
        assertThat(stored()).isEqualTo(folded + 1);
    }

    @Test
    void aBatchIsRefusedWith503WhileTheConsoleStops() throws Exception {
        gate.stop(); // what the context's close does first
        try {
            post().andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "10"))
                    .andExpect(jsonPath("$.detail").value(containsString("shutting down")));
            assertThat(stored()).isZero();
        } finally {
            gate.start();
        }
    }

    private ResultActions post() throws Exception {
        String batch = """
                {"interactions": [{"id": "%s", "type": "REACTION", "userId": "%s", "occurredAt": "2022-02-02T15:00:00Z",
                                   "sessionId": "%s"}]}""".formatted(UUID.randomUUID(), event.ann(), event.keynote());
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/events/" + event.id() + "/interactions")
                .header("Authorization", "Bearer " + event.ingestToken())
                .contentType(MediaType.APPLICATION_JSON).content(batch));
    }

    private long stored() {
        return jdbc.sql("select count(*) from interaction where event_id = ?").param(event.id()).query(Long.class).single();
    }
}
