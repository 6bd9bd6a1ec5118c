package com.eventlens.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Gives every test the security context holder of its own application context. Vaadin makes one per context and
 * installs it JVM-wide when the context starts, while each context's filters keep their own: once a second context
 * started (a test with a real server, another configuration), a cached earlier context's requests would put the
 * signed-in account where the code that asks for it ({@code CurrentUser}) no longer looks. Registered for every
 * Spring test in {@code META-INF/spring.factories}; runs before Spring Security's {@code @WithUserDetails}.
 */
public class OwnSecurityContextHolder implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext test) {
        useOwnHolder(test);
    }

    @Override
    public void beforeTestMethod(TestContext test) {
        useOwnHolder(test);
    }

    private static void useOwnHolder(TestContext test) {
        if (!test.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = test.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
