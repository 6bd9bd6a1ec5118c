package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.eventlens.analytics.EngagementComponent;
import com.eventlens.analytics.EngagementScoring;
import com.eventlens.analytics.EngagementSettings;
import com.eventlens.analytics.EngagementSettings.Problem;
import com.eventlens.analytics.InvalidEngagementSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET} / {@code PUT /api/v1/events/{eventId}/settings/engagement} (SPEC.md §4), for the event's managers and
 * admins: {@code {"attendanceThresholdSeconds": 60, "components": {"viewing": {"weight": 35, "cap": 60}, …}}}. A
 * {@code PUT} is read from its JSON tree so that one answer lists every problem — of the body (types, missing or
 * unknown names) and of the values (ranges, the weights' sum) — and then nothing is saved.
 */
@RestController
@RequestMapping("/api/v1/events/{eventId}/settings/engagement")
class EngagementSettingsApi {

    private static final ObjectReader JSON = new JsonMapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final EngagementScoring scoring;

    EngagementSettingsApi(EngagementScoring scoring) {
        this.scoring = scoring;
    }

    @GetMapping
    Map<String, Object> settings(@PathVariable UUID eventId) {
        return json(scoring.settings(eventId).orElseThrow(() -> notFound(eventId)));
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> save(@PathVariable UUID eventId, @RequestBody(required = false) byte[] body) {
        // The event first: an account that may not see it learns nothing from the body's validation.
        scoring.settings(eventId).orElseThrow(() -> notFound(eventId));
        List<Problem> problems = new ArrayList<>();
        EngagementSettings settings = read(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidEngagementSettings(problems);
        }
        try {
            return json(scoring.save(eventId, settings));
        } catch (EngagementScoring.EventNotVisible gone) {
            throw notFound(eventId);
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidEngagementSettings invalid) {
        int count = invalid.problems().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The engagement settings have "
                + (count == 1 ? "1 problem" : count + " problems") + ", listed in errors; nothing was saved.");
        problem.setTitle("Invalid engagement settings");
        problem.setProperty("errors", invalid.problems());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The settings of the body; valid exactly when {@code problems} stays empty (else it names every problem). */
    private static EngagementSettings read(byte[] body, List<Problem> problems) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            problems.add(new Problem("$", "is not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new Problem("$", "must be a JSON object with attendanceThresholdSeconds and components"));
            return null;
        }
        for (String name : root.propertyNames()) {
            if (!name.equals("attendanceThresholdSeconds") && !name.equals("components")) {
                problems.add(new Problem(name, "is not a setting (attendanceThresholdSeconds, components)"));
            }
        }
        Integer threshold = wholeNumber(root.get("attendanceThresholdSeconds"), "attendanceThresholdSeconds", problems);
        JsonNode components = root.get("components");
        Map<EngagementComponent, EngagementSettings.Weighting> weightings = new EnumMap<>(EngagementComponent.class);
        if (components == null || !components.isObject()) {
            problems.add(new Problem("components", "must be an object with a weight and a cap for each of "
                    + keys()));
        } else {
            for (String name : components.propertyNames()) {
                if (EngagementComponent.ofKey(name).isEmpty()) {
                    problems.add(new Problem("components." + name, "is not a component (" + keys() + ")"));
                }
            }
            for (EngagementComponent component : EngagementComponent.values()) {
                String field = "components." + component.key();
                JsonNode weighting = components.get(component.key());
                if (weighting == null || !weighting.isObject()) {
                    problems.add(new Problem(field, "must be an object with a weight and a cap"));
                    continue;
                }
                for (String name : weighting.propertyNames()) {
                    if (!name.equals("weight") && !name.equals("cap")) {
                        problems.add(new Problem(field + "." + name, "is not a setting of a component (weight, cap)"));
                    }
                }
                Integer weight = wholeNumber(weighting.get("weight"), field + ".weight", problems);
                Double cap = number(weighting.get("cap"), field + ".cap", problems);
                if (weight != null && cap != null) {
                    weightings.put(component, new EngagementSettings.Weighting(weight, cap));
                }
            }
        }
        // The rules of the values (ranges, the weights' sum) for whatever could be read; a placeholder threshold
        // where it could not, and no second problem for a field that has one already.
        EngagementSettings settings = new EngagementSettings(threshold == null
                ? EngagementSettings.DEFAULT_ATTENDANCE_THRESHOLD_SECONDS : threshold, weightings);
        for (Problem problem : settings.problems()) {
            if (problems.stream().noneMatch(known -> related(known.field(), problem.field()))) {
                problems.add(problem);
            }
        }
        return settings;
    }

    private static boolean related(String field, String other) {
        return field.equals(other) || field.startsWith(other + ".") || other.startsWith(field + ".");
    }

    private static Integer wholeNumber(JsonNode node, String field, List<Problem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new Problem(field, "is required"));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(new Problem(field, "must be a whole number, was " + node));
            return null;
        }
        return node.intValue();
    }

    private static Double number(JsonNode node, String field, List<Problem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new Problem(field, "is required"));
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new Problem(field, "must be a number, was " + node));
            return null;
        }
        return node.doubleValue();
    }

    private static Map<String, Object> json(EngagementSettings settings) {
        Map<String, Object> components = new LinkedHashMap<>();
        settings.components().forEach((component, weighting) -> components.put(component.key(),
                Map.of("weight", weighting.weight(), "cap", number(weighting.cap()))));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attendanceThresholdSeconds", settings.attendanceThresholdSeconds());
        json.put("components", components);
        return json;
    }

    /** 60 rather than 60.0: a whole cap reads as it was typed. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : value;
    }

    private static String keys() {
        return String.join(", ", java.util.Arrays.stream(EngagementComponent.values()).map(EngagementComponent::key)
                .toList());
    }

    private static ResponseStatusException notFound(UUID eventId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No event " + eventId + ".");
    }
}
