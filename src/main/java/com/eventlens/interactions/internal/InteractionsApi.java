package com.eventlens.interactions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.IngestReceipt;
import com.eventlens.interactions.InteractionError;
import com.eventlens.interactions.InvalidInteractions;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.shared.input.Inputs;
import com.eventlens.shared.input.RequestBodies;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/events/{eventId}/interactions}: players send batches of 1 to 5,000 interactions with
 * their event's bearer token. A batch is stored whole or not at all; while the fold is too far behind or the console
 * stops, it is refused with a {@code Retry-After} ({@link IngestGate}).
 */
@RestController
class InteractionsApi {

    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private final Ingest ingest;
    private final IngestService validation;
    private final EventCatalog events;
    private final ObjectMapper json;
    private final IngestMetrics metrics;
    private final IngestGate gate;

    InteractionsApi(Ingest ingest, IngestService validation, EventCatalog events, ObjectMapper json,
                    IngestMetrics metrics, IngestGate gate) {
        this.gate = gate;
        this.ingest = ingest;
        this.validation = validation;
        this.events = events;
        this.json = json;
        this.metrics = metrics;
    }

    @PostMapping("/api/v1/events/{eventId}/interactions")
    ResponseEntity<?> record(@PathVariable String eventId, HttpServletRequest request,
                             @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization)
            throws IOException {
        long started = System.nanoTime();
        // The token is checked before anything else, so that nobody learns from the answer which events exist.
        String token = bearerToken(authorization);
        UUID event = Inputs.uuid(eventId).orElse(null);
        if (token == null || event == null || !events.acceptsIngestToken(event, token)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Eventlens ingest\"")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                            "Send the event's ingest token as 'Authorization: Bearer <token>'."));
        }
        if (!isJson(request.getContentType())) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the batch as application/json.");
        }
        Optional<IngestGate.Refusal> refusal = gate.refusal();
        if (refusal.isPresent()) {
            return ResponseEntity.status(refusal.get().status())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.get().retryAfter().toSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(refusal.get().status(), refusal.get().detail()));
        }
        byte[] body = RequestBodies.readAtMost(request, MAX_BODY_BYTES, "A batch body may be at most 5 MB.");

        InteractionJson.Body parsed = InteractionJson.read(json, body);
        if (parsed instanceof InteractionJson.NotABatch(String detail)) {
            return invalid(detail, List.of());
        }
        InteractionJson.Items read = (InteractionJson.Items) parsed;
        if (read.count() == 0) {
            return invalid("The batch is empty: send 1 to " + Ingest.MAX_BATCH + " interactions.", List.of());
        }
        if (read.count() > Ingest.MAX_BATCH) {
            metrics.rejected(event, read.count(), started);
            return problem(HttpStatus.CONTENT_TOO_LARGE,
                    "A batch holds at most " + Ingest.MAX_BATCH + " interactions, this one " + read.count() + ".");
        }
        List<NewInteraction> batch = read.items();
        if (!read.errors().isEmpty()) {
            metrics.rejected(event, batch.size(), started);
            return invalid(batch.size(), merge(read.errors(), validation.problems(event, batch)));
        }
        try {
            IngestReceipt receipt = ingest.record(event, batch);
            metrics.stored(event, receipt.accepted(), receipt.duplicates(), started);
            return ResponseEntity.accepted().body(receipt);
        } catch (InvalidInteractions e) {
            metrics.rejected(event, batch.size(), started);
            return invalid(batch.size(), e.errors());
        }
    }

    /** The type errors, then the rule errors of fields that were not already wrongly typed. */
    private static List<InteractionError> merge(List<InteractionError> typeErrors, List<InteractionError> ruleErrors) {
        Set<String> reported = typeErrors.stream().map(e -> e.index() + "/" + e.field()).collect(Collectors.toSet());
        List<InteractionError> all = new ArrayList<>(typeErrors);
        ruleErrors.stream().filter(e -> !reported.contains(e.index() + "/" + e.field())).forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(InteractionError::index));
        return all;
    }

    private static ResponseEntity<ProblemDetail> invalid(int items, List<InteractionError> errors) {
        long badItems = errors.stream().mapToInt(InteractionError::index).distinct().count();
        return invalid(badItems + " of " + items + " interactions are invalid; nothing of the batch was stored.", errors);
    }

    private static ResponseEntity<ProblemDetail> invalid(String detail, List<InteractionError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The token of an {@code Authorization: Bearer <token>} header; the scheme's name is case-insensitive (RFC 9110). */
    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
