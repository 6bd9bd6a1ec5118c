package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Only an admin rebuilds an event's rollups; the demo event's numbers survive a rebuild unchanged. */
@SpringBootTest
class RollupAdminApiTests {

    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        com.eventlens.testing.Rollups.awaitApplied(jdbc, UUID.fromString(DEMO_EVENT));
    }

    @Test
    void anAdminRebuildsTheDemoEventToTheSameNumbers() throws Exception {
        List<String> before = sessionTotals();
        mvc.perform(post("/api/v1/events/" + DEMO_EVENT + "/analytics/rebuild").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rebuilt").value(true));
        assertThat(sessionTotals()).isNotEmpty().isEqualTo(before);
    }

    @Test
    void anEventManagerMayNotRebuild() throws Exception {
        mvc.perform(post("/api/v1/events/" + DEMO_EVENT + "/analytics/rebuild").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownEventIsNotFoundAndStrangersAreUnauthorized() throws Exception {
        mvc.perform(post("/api/v1/events/" + UUID.randomUUID() + "/analytics/rebuild").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/events/not-a-uuid/analytics/rebuild").with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/events/" + DEMO_EVENT + "/analytics/rebuild")).andExpect(status().isUnauthorized());
    }

    private List<String> sessionTotals() {
        return jdbc.sql("select s::text from session_stats s where event_id = ?::uuid order by session_id")
                .param(DEMO_EVENT).query(String.class).list();
    }
}
