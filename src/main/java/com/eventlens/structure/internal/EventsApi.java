package com.eventlens.structure.internal;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventAccess;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.input.RequestBodies;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The events as JSON (SPEC §4). Reading: the events a console account may see; another event's id answers 404,
 * like an unknown one. Writing (admins only, else 403): the import of an event's whole structure, and the rotation
 * of its ingest token.
 */
@RestController
@RequestMapping("/api/v1/events")
class EventsApi {

    /** Enough for an event of about 100,000 people; the console holds the whole body while it reads it. */
    static final int MAX_STRUCTURE_BYTES = 32 * 1024 * 1024;

    private final EventCatalog events;
    private final EventAccess access;
    private final EventStructureReader reader;
    private final EventStructureImport importer;
    private final EventStructureLookup lookup;

    EventsApi(EventCatalog events, EventAccess access, EventStructureReader reader, EventStructureImport importer,
              EventStructureLookup lookup) {
        this.events = events;
        this.access = access;
        this.reader = reader;
        this.importer = importer;
        this.lookup = lookup;
    }

    @GetMapping
    List<EventSummary> visibleEvents() {
        List<UUID> visible = access.visibleEvents().stream().map(VisibleEvent::id).toList();
        return events.findAll(visible).stream().map(EventSummary::of).toList();
    }

    @GetMapping("/{eventId}")
    EventStructureJson event(@PathVariable UUID eventId) {
        return lookup.findVisible(eventId).orElseThrow(() -> notFound(eventId));
    }

    /**
     * Creates (201, with the event's first ingest token) or updates (200, {@code ingestToken: null}: only its hash
     * is stored) the event and everything in it. The body is read as raw bytes so that the reader can report every
     * problem of it, malformed JSON included, rather than the first one data binding trips over; it may be at most
     * {@link #MAX_STRUCTURE_BYTES} (413 beyond, read no further).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestCredentials> importStructure(HttpServletRequest request) throws IOException {
        Administrators.require();
        byte[] body = RequestBodies.readAtMost(request, MAX_STRUCTURE_BYTES, "An event structure may be at most "
                + MAX_STRUCTURE_BYTES / (1024 * 1024) + " MB; import a larger event's people with Bulk invite.");
        EventStructureImport.Outcome outcome = importer.apply(reader.read(body));
        IngestCredentials credentials = new IngestCredentials(outcome.eventId(), outcome.ingestToken());
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/events/" + outcome.eventId())).body(credentials)
                : ResponseEntity.ok(credentials);
    }

    /** Replaces the event's ingest token: the old one stops working at once, the new one is shown this once. */
    @PostMapping("/{eventId}/ingest-token")
    IngestCredentials rotateIngestToken(@PathVariable UUID eventId) {
        Administrators.require();
        if (events.find(eventId).isEmpty()) {
            throw notFound(eventId);
        }
        return new IngestCredentials(eventId, events.issueIngestToken(eventId));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidStructure(InvalidEventStructure invalid) {
        int count = invalid.errors().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The event structure has " + (count == 1 ? "1 problem" : count + " problems")
                        + ", listed in errors; nothing was stored.");
        problem.setTitle("Invalid event structure");
        problem.setProperty("errors", invalid.errors());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Two imports racing for the same e-mail address or recording slot: the loser changed nothing. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentChange(DuplicateKeyException conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The event was changed by another request at the same time; nothing was stored. Send it again.");
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseStatusException notFound(UUID eventId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No event " + eventId);
    }

    /** @param ingestToken the bearer token for the event's interactions; {@code null} when none was issued */
    record IngestCredentials(UUID id, String ingestToken) {
    }

    record EventSummary(UUID id, String name, String description, OffsetDateTime startsAt, OffsetDateTime endsAt,
                        String timeZone) {

        static EventSummary of(Event event) {
            return new EventSummary(event.id(), event.name(), event.description(),
                    event.localStart().toOffsetDateTime(), event.localEnd().toOffsetDateTime(),
                    event.timeZone().getId());
        }
    }
}
