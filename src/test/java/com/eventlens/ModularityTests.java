package com.eventlens;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules talk only through each other's public API and events, and none depends on itself in a cycle. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(EventlensApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
