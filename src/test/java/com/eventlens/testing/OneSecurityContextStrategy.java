package com.eventlens.testing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.vaadin.flow.spring.SpringSecurityAutoConfiguration;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

/**
 * The tests start several application contexts in one JVM: the whole application, and modules alone
 * ({@code @ApplicationModuleTest}). Vaadin's security auto-configuration makes each new context's own strategy the
 * JVM-wide {@code SecurityContextHolder}'s, and a context started later would then hide the signed-in account from
 * one started earlier and cached (its {@code @WithUserDetails} writes to its own strategy, the code reads the JVM's).
 * One strategy for every test context keeps them in step. Registered for the tests only (in their
 * {@code META-INF/spring/…AutoConfiguration.imports}).
 */
@AutoConfiguration(before = SpringSecurityAutoConfiguration.class)
public class OneSecurityContextStrategy {

    private static final SecurityContextHolderStrategy STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy oneSecurityContextHolderStrategy() {
        return STRATEGY;
    }
}
