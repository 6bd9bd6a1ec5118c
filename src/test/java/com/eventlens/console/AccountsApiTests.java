package com.eventlens.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.shared.security.ConsoleRole;

/** {@code /api/v1/accounts} as SPEC §4 "Accounts" and issue 10 item 1 say, through the real security filters. */
@SpringBootTest
@RecordApplicationEvents
class AccountsApiTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    MockMvc mvc;
    String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "ann-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminCreatesAnAccountAndNoAnswerEverHoldsItsPassword() throws Exception {
        create(username, "EVENT_MANAGER", PASSWORD).andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("EVENT_MANAGER"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(content().string(not(containsString(PASSWORD))))
                .andExpect(content().string(not(containsString("{bcrypt}"))));
        mvc.perform(get("/api/v1/accounts").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(username)))
                .andExpect(content().string(not(containsString("{bcrypt}"))));
        assertThat(events.stream(AccountCreated.class))
                .contains(new AccountCreated(username, ConsoleRole.EVENT_MANAGER, "admin"));
        // The new account signs in with its password.
        mvc.perform(get("/api/v1/events").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theAccountsListShowsTheEventsEachManagerManages() throws Exception {
        mvc.perform(get("/api/v1/accounts/manager").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.managedEvents[*].name", hasItem("Virtually Live!")));
    }

    @Test
    void newPasswordsNeedTwelveCharactersAndMayNotBeTheUsername() throws Exception {
        create(username, "EVENT_MANAGER", "short-pass1").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("at least 12")));
        String longName = "manager-of-events";
        create(longName, "EVENT_MANAGER", "Manager-Of-Events").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Password must not be the username."));
        assertThat(count(username)).isZero();
    }

    @Test
    void aDuplicateUsernameIsAConflictIgnoringCase() throws Exception {
        create(username, "EVENT_MANAGER", PASSWORD).andExpect(status().isCreated());
        create(username, "ADMIN", PASSWORD).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("is taken")));
        mvc.perform(get("/api/v1/accounts/" + username.toUpperCase()).with(admin()))
                .andExpect(jsonPath("$.role").value("EVENT_MANAGER"));
    }

    @Test
    void onlyAdminsManageAccounts() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(httpBasic("manager", "manager"))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/accounts").with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(username, "ADMIN", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(count(username)).isZero();
    }

    /** The names single sign-on and the bootstrap give as the creator are no back door for an account called so. */
    @Test
    void anEventManagerCalledLikeTheSystemsCreatorsStillCannotCreateAccounts() throws Exception {
        for (String name : List.of("sso", "bootstrap")) {
            if (count(name) == 0) {
                create(name, "EVENT_MANAGER", PASSWORD).andExpect(status().isCreated());
            }
            mvc.perform(post("/api/v1/accounts").with(httpBasic(name, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                            .content(body(username, "ADMIN", PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        assertThat(count(username)).isZero();
    }

    @Test
    void aDisabledAccountsApiCallsGet401UntilItIsEnabledAgain() throws Exception {
        create(username, "EVENT_MANAGER", PASSWORD).andExpect(status().isCreated());
        change(username, "{\"enabled\": false}").andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/events").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events.stream(AccountDisabled.class)).contains(new AccountDisabled(username, "admin"));
        change(username, "{\"enabled\": true}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/events").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
        assertThat(events.stream(AccountEnabled.class)).contains(new AccountEnabled(username, "admin"));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledDemotedOrDeleted() throws Exception {
        List<String> otherAdmins = jdbc.sql("select username from console_account where role = 'ADMIN' and enabled "
                + "and username <> 'admin'").query(String.class).list();
        jdbc.sql("update console_account set enabled = false where username in (:names)")
                .param("names", otherAdmins.isEmpty() ? List.of("") : otherAdmins).update();
        try {
            change("admin", "{\"enabled\": false}").andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("last enabled admin")));
            change("admin", "{\"role\": \"EVENT_MANAGER\"}").andExpect(status().isConflict());
            mvc.perform(delete("/api/v1/accounts/admin").with(admin())).andExpect(status().isConflict());
            mvc.perform(get("/api/v1/accounts/admin").with(admin()))
                    .andExpect(jsonPath("$.role").value("ADMIN")).andExpect(jsonPath("$.enabled").value(true));
        } finally {
            jdbc.sql("update console_account set enabled = true where username in (:names)")
                    .param("names", otherAdmins.isEmpty() ? List.of("") : otherAdmins).update();
        }
    }

    @Test
    void aRoleChangePublishesItsEventAndTakesEffect() throws Exception {
        create(username, "EVENT_MANAGER", PASSWORD).andExpect(status().isCreated());
        change(username, "{\"role\": \"ADMIN\", \"displayName\": \"Ann Admin\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ADMIN")).andExpect(jsonPath("$.displayName").value("Ann Admin"));
        assertThat(events.stream(AccountRoleChanged.class))
                .contains(new AccountRoleChanged(username, ConsoleRole.EVENT_MANAGER, ConsoleRole.ADMIN, "admin"));
        assertThat(events.stream(AccountUpdated.class).filter(e -> e.username().equals(username)))
                .singleElement().extracting(AccountUpdated::changed).isEqualTo(java.util.Set.of(AccountField.DISPLAY_NAME));
        mvc.perform(get("/api/v1/accounts").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anAdminResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
        create(username, "EVENT_MANAGER", PASSWORD).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/accounts/" + username + "/password").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"too short\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/accounts/" + username + "/password").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"a brand new secret\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/events").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/events").with(httpBasic(username, "a brand new secret"))).andExpect(status().isOk());
        assertThat(events.stream(AccountPasswordReset.class)).contains(new AccountPasswordReset(username, "admin"));
        assertThat(events.stream(AccountPasswordReset.class).map(Object::toString))
                .noneMatch(text -> text.contains("a brand new secret"));
    }

    @Test
    void deletingAnAccountRemovesItAndPublishesItsEvent() throws Exception {
        create(username, "EVENT_MANAGER", PASSWORD).andExpect(status().isCreated());
        mvc.perform(delete("/api/v1/accounts/" + username).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/accounts/" + username).with(admin())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events.stream(AccountDeleted.class)).contains(new AccountDeleted(username, "admin"));
        mvc.perform(get("/api/v1/events").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void bodiesAreStrict() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"displayName\": \"Ann\", \"email\": \"ann@x.example\","
                                + " \"role\": \"ADMIN\", \"password\": \"" + PASSWORD + "\", \"isAdmin\": true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("isAdmin"));
        mvc.perform(post("/api/v1/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"role\": \"EVENT_MANAGER\", \"role\": \"ADMIN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("role")));
        mvc.perform(post("/api/v1/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(username, "OWNER", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("role"));
        mvc.perform(post("/api/v1/accounts").with(admin()).contentType(MediaType.TEXT_PLAIN)
                        .content(body(username, "ADMIN", PASSWORD)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(username, "ADMIN", PASSWORD).replace("\"Ann Example\"", "\"Ann\\u0000\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("displayName"));
        assertThat(count(username)).isZero();
    }

    private ResultActions create(String name, String role, String password) throws Exception {
        return mvc.perform(post("/api/v1/accounts").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(body(name, role, password)));
    }

    private ResultActions change(String name, String json) throws Exception {
        return mvc.perform(patch("/api/v1/accounts/" + name).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static String body(String name, String role, String password) {
        return "{\"username\": \"" + name + "\", \"displayName\": \"Ann Example\", \"email\": \"" + name
                + "@accounts.example\", \"role\": \"" + role + "\", \"password\": \"" + password + "\"}";
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from console_account where lower(username) = lower(?)").param(name)
                .query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "admin");
    }
}
