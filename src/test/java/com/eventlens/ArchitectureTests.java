package com.eventlens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;

/**
 * What {@code ApplicationModules.verify()} (ModularityTests) does not cover: views stay in ui packages and the shared
 * UI parts serve only views; the shared kernel declares no port through which one module would call another behind
 * the dependency graph's back (the hidden cycle events → people → shared ← events that decision record 11 removed);
 * and no module names another module's tables.
 */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.eventlens");

    /**
     * Changesets that read other modules' tables once, to fill a module's new copy on a database from before it kept
     * one. Nothing else may.
     */
    static final Set<String> ONE_TIME_BACKFILLS = Set.of("people-event-copy-backfill", "interaction-reference-backfill",
            "analytics-directory-backfill");

    static final Set<String> PUBLISHED_VIEWS = SqlSources.views();
    static final String REGISTRY = "modulith";

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
    void theSharedUiPartsServeOnlyViews() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.eventlens.shared.ui..")
                .because("formatting and page parts are for screens; a service formats nothing")
                .check(CLASSES);
    }

    @Test
    void noModuleImplementsAnInterfaceOfTheSharedKernel() {
        noClasses().that().resideOutsideOfPackage("com.eventlens.shared..")
                .should().implement(DescribedPredicate.describe("an interface of the shared kernel",
                        type -> type.getPackageName().startsWith("com.eventlens.shared")))
                .because("a port in the kernel lets a module call another that depends on it, a cycle no graph shows")
                .check(CLASSES);
    }

    @Test
    void everyModuleNamesOnlyItsOwnTables() {
        Map<String, String> owners = SqlSources.owners();
        assertThat(owners).as("the tables found in db/<module>/")
                .containsEntry("registration", "people").containsEntry("recorded_interaction", "interactions");
        List<String> trespasses = new ArrayList<>();
        for (String module : SqlSources.javaModules()) {
            SqlSources.javaSql(module).forEach((file, sql) -> foreign(module, sql, owners)
                    .forEach(table -> trespasses.add(file + " names " + owners.get(table) + "'s table " + table)));
        }
        for (String module : Set.copyOf(owners.values())) {
            SqlSources.changesets(module).forEach((id, sql) -> {
                if (!ONE_TIME_BACKFILLS.contains(id)) {
                    foreign(module, sql, owners).forEach(table -> trespasses.add("db/" + module + " changeset " + id
                            + " names " + owners.get(table) + "'s table " + table));
                }
            });
        }
        CLASSES.stream().filter(type -> type.isAnnotatedWith(Table.class)).forEach(type -> {
            String table = type.getAnnotationOfType(Table.class).value();
            String module = type.getPackageName().split("\\.")[2];
            if (!module.equals(owners.get(table))) {
                trespasses.add(type.getName() + " maps " + owners.get(table) + "'s table " + table);
            }
        });
        assertThat(trespasses).as("SQL of a module that names a table of another (analytics reads interactions "
                + "through the view recorded_interaction)").isEmpty();
    }

    @Test
    void theOwnershipRuleSeesATrespass() {
        Map<String, String> owners = SqlSources.owners();
        String sql = SqlSources.stringLiterals("""
                // select * from session -- a comment is not SQL
                String sql = "select user_id from interaction where event_id = ?";
                """).getFirst();
        assertThat(foreign("analytics", sql, owners)).containsExactly("interaction");
        assertThat(foreign("analytics", "select * from recorded_interaction", owners)).isEmpty();
        assertThat(foreign("analytics", "insert into analytics_person select * from registration", owners))
                .containsExactly("registration");
        assertThat(foreign("people", "insert into people_event (event_id) values (?)", owners)).isEmpty();
        assertThat(SqlSources.stringLiterals("// \"from session\"\nchar c = '\"'; /* \"from event\" */")).isEmpty();
    }

    /**
     * The tables of other modules that the SQL names. A view another module publishes is a contract, not a table; the
     * event publication registry ({@code db/modulith/}) is Spring Modulith's, which every module publishes through and
     * may read (e.g. the fold's backlog for the health check).
     */
    private static Set<String> foreign(String module, String sql, Map<String, String> owners) {
        Set<String> named = SqlSources.tablesNamed(sql, owners.keySet());
        named.removeIf(table -> module.equals(owners.get(table)) || PUBLISHED_VIEWS.contains(table)
                || REGISTRY.equals(owners.get(table)));
        return named;
    }
}
