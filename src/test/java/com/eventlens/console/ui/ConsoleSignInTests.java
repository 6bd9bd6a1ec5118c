package com.eventlens.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.vaadin.browserless.SpringBrowserlessTest;
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
