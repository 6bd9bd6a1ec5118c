package com.eventlens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;

/** The layout rules that keep the modules readable: internals stay internal, views stay in ui packages. */
class ArchitectureTests {

    static final List<String> MODULES = List.of("events", "people", "sessions", "content", "interactions",
            "analytics", "console");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.eventlens");

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : MODULES) {
            noClasses().that().resideOutsideOfPackage("com.eventlens." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("com.eventlens." + module + ".internal..")
                    .because("a module's internal package is its own business")
                    .check(CLASSES);
        }
    }

    @Test
    void viewsLiveInUiPackages() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void onlyUiPackagesBuildVaadinComponents() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().beAssignableTo(Component.class)
                .check(CLASSES);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("com.eventlens.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
