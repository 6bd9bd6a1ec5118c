package com.eventlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;

/**
 * The modules talk only through each other's public API and events, none depends on itself in a cycle, and every
 * event that is published is heard. The documentation (module canvases, the component diagram and the event flow)
 * is written to {@code target/spring-modulith-docs/}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(EventlensApplication.class);

    /**
     * The module that declares an event → event → the modules that listen to it: the event flow README's module table
     * describes. An event is declared by its publisher, but for the two that analytics publishes to people.
     */
    static final Map<String, Set<String>> LISTENERS = new TreeMap<>(Map.ofEntries(
            Map.entry("events.EventCreated", Set.of("people")),
            Map.entry("events.EventUpdated", Set.of("people")),
            Map.entry("people.PersonRegistered", Set.of("interactions", "analytics", "people")),
            Map.entry("people.PeopleRegistered", Set.of("interactions", "analytics", "people")),
            Map.entry("people.PersonUpdated", Set.of("analytics")),
            Map.entry("people.RegistrationStatusChanged", Set.of("analytics")),
            Map.entry("people.PersonRemoved", Set.of("interactions", "analytics")),
            Map.entry("sessions.SessionScheduled", Set.of("interactions", "analytics")),
            Map.entry("sessions.SessionUpdated", Set.of("analytics")),
            Map.entry("content.ContentPublished", Set.of("interactions", "analytics")),
            Map.entry("content.ContentUpdated", Set.of("analytics")),
            Map.entry("content.AttachmentAdded", Set.of("interactions", "analytics")),
            Map.entry("content.AttachmentUpdated", Set.of("interactions", "analytics")),
            Map.entry("interactions.InteractionsRecorded", Set.of("analytics")),
            Map.entry("analytics.AnalyticsUpdated", Set.of("analytics")),
            Map.entry("analytics.EngagementSettingsChanged", Set.of("analytics")),
            // Published by analytics, declared by people: people cannot depend on analytics, which reads people.
            Map.entry("people.AttendanceReached", Set.of("people")),
            Map.entry("people.EngagementScoresChanged", Set.of("people")),
            // Published for the audit trail (SPEC §4), which a later issue adds; nobody listens yet.
            Map.entry("console.AccountCreated", Set.of()),
            Map.entry("console.AccountUpdated", Set.of()),
            Map.entry("console.AccountRoleChanged", Set.of()),
            Map.entry("console.AccountDisabled", Set.of()),
            Map.entry("console.AccountEnabled", Set.of()),
            Map.entry("console.AccountPasswordReset", Set.of()),
            Map.entry("console.PasswordChanged", Set.of()),
            Map.entry("console.AccountDeleted", Set.of())));

    @Test
    void modulesRespectTheirBoundariesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void everyPublishedEventIsHeard_byTheModulesTheEventFlowNames() {
        Map<String, Set<String>> flow = new TreeMap<>();
        publishedEvents().forEach(event -> flow.put(name(event), listeningModules(event)));
        assertThat(flow).isEqualTo(LISTENERS);
    }

    /**
     * The module canvases and component diagrams, and in {@code event-flow/} the same diagrams with only the
     * dependencies of listeners on the events they hear: who publishes what, and who listens.
     */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
        DiagramOptions eventsOnly = DiagramOptions.defaults().withDependencyTypes(DependencyType.EVENT_LISTENER);
        new Documenter(MODULES, Options.defaults().withOutputFolder("target/spring-modulith-docs/event-flow"))
                .writeModulesAsPlantUml(eventsOnly)
                .writeIndividualModulesAsPlantUml(eventsOnly);
    }

    /**
     * The events the code publishes: top-level records of a module's root package that a method constructs where
     * it also hands something to {@link ApplicationEventPublisher#publishEvent(Object)} or to an aggregate's
     * {@code registerEvent} (and does not return them, which tells a result such as {@code BulkInviteResult} from an
     * event).
     */
    static Set<JavaClass> publishedEvents() {
        return ArchitectureTests.CLASSES.stream()
                .flatMap(type -> type.getCodeUnits().stream())
                .filter(ModularityTests::publishes)
                .flatMap(unit -> unit.getConstructorCallsFromSelf().stream()
                        .map(JavaConstructorCall::getTargetOwner)
                        .filter(type -> type.isRecord() && type.isTopLevelClass() && isModuleRoot(type.getPackageName()))
                        .filter(type -> !type.equals(unit.getRawReturnType())))
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(JavaClass::getName))));
    }

    private static boolean publishes(JavaCodeUnit unit) {
        for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
            String method = call.getTarget().getName();
            boolean publisher = call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class)
                    && method.equals("publishEvent");
            boolean aggregate = call.getTargetOwner().isAssignableTo(AbstractAggregateRoot.class)
                    && method.equals("registerEvent");
            if (publisher || aggregate) {
                return true;
            }
        }
        return false;
    }

    /** The modules with a method that takes the event and is an event listener (or a Modulith module listener). */
    static Set<String> listeningModules(JavaClass event) {
        return ArchitectureTests.CLASSES.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isMetaAnnotatedWith(EventListener.class)
                        || method.isAnnotatedWith(EventListener.class))
                .filter(method -> method.getRawParameterTypes().size() == 1
                        && method.getRawParameterTypes().getFirst().equals(event))
                .map(JavaMethod::getOwner)
                .map(type -> moduleOf(type.getPackageName()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isModuleRoot(String packageName) {
        return packageName.startsWith("com.eventlens.") && packageName.chars().filter(c -> c == '.').count() == 2;
    }

    private static String moduleOf(String packageName) {
        return packageName.substring("com.eventlens.".length()).split("\\.")[0];
    }

    private static String name(JavaClass event) {
        return moduleOf(event.getPackageName()) + "." + event.getSimpleName();
    }
}
