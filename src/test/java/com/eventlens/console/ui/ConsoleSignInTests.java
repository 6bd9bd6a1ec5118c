package com.eventlens.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.vaadin.browserless.SpringBrowserlessTest;

import jakarta.servlet.http.Cookie;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Signing in with a console account: the right password lets you in, a wrong one is refused and said so. */
@SpringBootTest
class ConsoleSignInTests extends SpringBrowserlessTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theDemoAdminSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("admin"))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));
    }

    @Test
    void theDemoManagerSignsInAsAnEventManager() throws Exception {
        mvc.perform(formLogin("/login").user("manager").password("manager"))
                .andExpect(authenticated().withUsername("manager").withRoles("EVENT_MANAGER"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anUnknownAccountIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password("admin"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    /** The sign-in form as a browser posts it, within that browser's session. */
    static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    @Test
    void aPageAskedForBeforeSigningInOpensAfterIt() throws Exception {
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(get("/accounts").session(browser)).andExpect(status().is3xxRedirection());
        String landing = mvc.perform(signIn("admin", "admin").session(browser))
                .andExpect(authenticated()).andReturn().getResponse().getRedirectedUrl();
        assertThat(landing).endsWith("/accounts?continue");
    }

    /** The next person to sign in in a browser that just signed out starts at the events list, not at its last page. */
    @Test
    void aPageAskedForRightAfterASignOutIsNotKeptForTheNextSignIn() throws Exception {
        MockHttpSession admin = new MockHttpSession();
        mvc.perform(signIn("admin", "admin").session(admin)).andExpect(authenticated());
        Cookie mark = mvc.perform(post("/logout").with(csrf()).session(admin)).andReturn().getResponse()
                .getCookie("eventlens-signed-out");
        assertThat(mark).as("the sign-out marks the browser").isNotNull();
        assertThat(mark.getMaxAge()).isBetween(1, 60);
        assertThat(mark.isHttpOnly()).isTrue();

        // The admin's Accounts page reloads itself once more, in a new session, after the sign-out.
        MockHttpSession next = new MockHttpSession();
        mvc.perform(get("/accounts").session(next).cookie(mark)).andExpect(status().is3xxRedirection());
        mvc.perform(signIn("manager", "manager").session(next).cookie(mark))
                .andExpect(authenticated().withUsername("manager"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theLoginPageSaysWhenSignInFailed() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(Map.of("error", "")));
        assertThat(((LoginView) getCurrentView()).form.isError()).isTrue();
    }

    @Test
    void theLoginPageShowsNoErrorAtFirst() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.form.isError()).isFalse();
        assertThat(view.form.getAction()).isEqualTo("login");
    }
}
