package com.eventlens.analytics.ui;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.eventlens.analytics.EngagementComponent;
import com.eventlens.analytics.EngagementScoring;
import com.eventlens.analytics.EngagementSettings;
import com.eventlens.analytics.InvalidEngagementSettings;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Settings &gt; Engagement (SPEC.md §2): the event's attendance threshold and the weights and caps of its engagement
 * score, for the event's managers and admins. Every problem is shown under its field and nothing is saved until there
 * is none; after Save, every figure of the event uses the new values.
 */
@Route("events/:eventId/settings/engagement")
@PermitAll
public class EngagementSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EngagementScoring scoring;
    private final EventRouteGuard guard;
    private VisibleEvent event;

    final IntegerField threshold = new IntegerField("Attendance threshold");
    final Map<EngagementComponent, IntegerField> weights = new EnumMap<>(EngagementComponent.class);
    final Map<EngagementComponent, NumberField> caps = new EnumMap<>(EngagementComponent.class);
    final Span total = new Span();
    final Button save = new Button("Save");
    final Button defaults = new Button("Restore the defaults");

    EngagementSettingsView(EngagementScoring scoring, EventRouteGuard guard) {
        this.scoring = scoring;
        this.guard = guard;
        addClassNames("dashboard", "settings-view");

        threshold.setSuffixComponent(new Span("seconds"));
        threshold.setMin(1);
        threshold.setMax(EngagementSettings.MAX_ATTENDANCE_THRESHOLD_SECONDS);
        threshold.setStepButtonsVisible(true);
        threshold.setValueChangeMode(ValueChangeMode.EAGER);
        threshold.addValueChangeListener(change -> describeThreshold());
        threshold.addClassName("threshold-field");
        Div attendance = new Div(new H2("Attendance"), new Paragraph("A person who is Invited or Registered becomes "
                + "Attended once their live and recording viewing reaches the threshold. Blocked and Unregistered people "
                + "stay as they are, and Attended is never taken back. A lower threshold applies, on Save, to everyone "
                + "who reaches it."), threshold);
        attendance.addClassNames("card", "dashboard-card");

        Div table = new Div(header("Component"), header("What counts"), header("Weight (points)"), header("Cap"));
        table.addClassName("weights-table");
        for (EngagementComponent component : EngagementComponent.values()) {
            IntegerField weight = new IntegerField();
            weight.setAriaLabel(component.label() + " weight");
            weight.setMin(0);
            weight.setMax(EngagementSettings.WEIGHT_TOTAL);
            weight.setValueChangeMode(ValueChangeMode.EAGER);
            weight.addValueChangeListener(change -> showTotal());
            weight.setId("weight-" + component.key());
            NumberField cap = new NumberField();
            cap.setAriaLabel(component.label() + " cap");
            cap.setMin(0);
            cap.setSuffixComponent(new Span(unit(component)));
            cap.setId("cap-" + component.key());
            weights.put(component, weight);
            caps.put(component, cap);
            Span name = new Span(component.label());
            name.addClassName("component-name");
            name.getElement().setAttribute("title", component.valueDescription()); // where narrow screens hide it
            Span what = new Span(component.valueDescription());
            what.addClassName("component-description");
            table.add(name, what, weight, cap);
        }
        total.addClassName("weights-total");
        Div score = new Div(new H2("Engagement score"), new Paragraph("Each component earns weight × min(1, value ÷ cap) "
                + "points: its full weight once the person reaches the cap. The weights are whole points and add up to "
                + "100; Hot from 70, Warm from 40, Cold below."), table, total);
        score.addClassNames("card", "dashboard-card");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        defaults.addClickListener(click -> show(EngagementSettings.defaults()));
        Div actions = new Div(save, defaults);
        actions.addClassName("settings-actions");
        Paragraph intro = new Paragraph("How attendance is decided and how the engagement score weighs what people did.");
        intro.addClassName("page-intro");
        add(new H1("Engagement"), intro, attendance, score, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        EngagementSettings settings = event == null ? null
                : guard.found(navigation, scoring.settings(event.id())).orElse(null);
        if (settings == null) {
            return;
        }
        show(settings);
    }

    @Override
    public String getPageTitle() {
        return event == null ? "Engagement settings" : event.name() + " · Engagement settings";
    }

    private void show(EngagementSettings settings) {
        clearErrors();
        threshold.setValue(settings.attendanceThresholdSeconds());
        settings.components().forEach((component, weighting) -> {
            weights.get(component).setValue(weighting.weight());
            caps.get(component).setValue(weighting.cap());
        });
        showTotal();
    }

    void save() {
        clearErrors();
        boolean complete = required(threshold);
        Map<EngagementComponent, EngagementSettings.Weighting> components = new EnumMap<>(EngagementComponent.class);
        for (EngagementComponent component : EngagementComponent.values()) {
            IntegerField weight = weights.get(component);
            NumberField cap = caps.get(component);
            boolean readable = required(weight) & required(cap);
            complete &= readable;
            if (readable) {
                components.put(component, new EngagementSettings.Weighting(weight.getValue(), cap.getValue()));
            }
        }
        if (!complete) {
            return;
        }
        try {
            show(scoring.save(event.id(), new EngagementSettings(threshold.getValue(), components)));
            Notification saved = Notification.show("Saved. Every figure of the event now uses these settings.", 4000,
                    Notification.Position.BOTTOM_END);
            saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidEngagementSettings invalid) {
            invalid.problems().forEach(this::showProblem);
        } catch (EngagementScoring.EventNotVisible gone) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    private void showProblem(EngagementSettings.Problem problem) {
        String[] path = problem.field().split("\\.");
        if (path[0].equals("attendanceThresholdSeconds")) {
            invalid(threshold, "Must be " + problem.message().replaceFirst("^must be ", ""));
        } else if (path.length == 3) {
            EngagementComponent component = EngagementComponent.ofKey(path[1]).orElseThrow();
            String message = capitalised(problem.message());
            if (path[2].equals("weight")) {
                invalid(weights.get(component), message);
            } else {
                invalid(caps.get(component), message);
            }
        } else {
            total.setText(capitalised(problem.message()) + ".");
            total.addClassName("invalid");
        }
    }

    /** Whether the field holds a number; if not, it says so (a field the browser could not read is empty too). */
    private static boolean required(com.vaadin.flow.component.textfield.AbstractNumberField<?, ?> field) {
        if (field.getValue() == null) {
            invalid(field, field.isEmpty() && !field.isInvalid() ? "Enter a number" : "Enter a valid number");
            return false;
        }
        return true;
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        threshold.setInvalid(false);
        weights.values().forEach(field -> field.setInvalid(false));
        caps.values().forEach(field -> field.setInvalid(false));
        total.removeClassName("invalid");
    }

    private void showTotal() {
        int sum = weights.values().stream().mapToInt(field -> field.getValue() == null ? 0 : field.getValue()).sum();
        total.setText("Weights: " + sum + " of " + EngagementSettings.WEIGHT_TOTAL + (sum == EngagementSettings.WEIGHT_TOTAL
                ? "" : sum < EngagementSettings.WEIGHT_TOTAL ? " — " + (EngagementSettings.WEIGHT_TOTAL - sum)
                + " left to give" : " — " + (sum - EngagementSettings.WEIGHT_TOTAL) + " too many"));
        total.getElement().getClassList().set("off", sum != EngagementSettings.WEIGHT_TOTAL);
    }

    private void describeThreshold() {
        Integer seconds = threshold.getValue();
        threshold.setHelperText(seconds == null || seconds < 1 ? "1 to 86,400 seconds (24 hours)"
                : "= " + readable(Duration.ofSeconds(seconds)) + " of live or recording viewing");
    }

    private static String readable(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        long seconds = duration.toSecondsPart();
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        if (seconds > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(seconds).append(seconds == 1 ? " second" : " seconds");
        }
        return text.toString();
    }

    private static String unit(EngagementComponent component) {
        return switch (component) {
            case VIEWING, ON_DEMAND -> "minutes";
            case LIVE_ENGAGEMENT -> "rate (0–1)";
            default -> "";
        };
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("weights-header");
        return header;
    }
}
