package com.eventlens.people.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.eventlens.people.BulkInviteResult;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.PersonNotFound;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.shared.input.InvalidInput;
import com.eventlens.shared.input.Inputs;
import com.eventlens.shared.input.RequestBodies;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An event's people as JSON, found, filtered, sorted and paged like the All users grid, and the bulk invite of a
 * CSV body. Console credentials; an event the account may not see is 404, like an unknown one.
 */
@RestController
@RequestMapping("/api/v1/events/{eventId}/people")
class PeopleApi {

    static final int MAX_SIZE = 500;

    private final PeopleManagement people;

    PeopleApi(PeopleManagement people) {
        this.people = people;
    }

    record PeoplePage(long total, int page, int size, List<Registration> people) {
    }

    @GetMapping
    PeoplePage people(@PathVariable UUID eventId, @RequestParam(defaultValue = "") String search,
                      @RequestParam(required = false) String role, @RequestParam(required = false) String status,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                      @RequestParam(defaultValue = "createdAt,asc") String sort) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInput(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more, was " + page
                    : "must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        PeopleFilter filter = new PeopleFilter(search, value(EventRole.class, "role", role),
                value(RegistrationStatus.class, "status", status));
        String[] order = sort.split(",", -1);
        if (order.length > 2 || order.length == 2 && !order[1].matches("(?i)asc|desc")) {
            throw new InvalidInput("sort", "must look like 'name,asc' (a column, then asc or desc), was '"
                    + Inputs.echo(sort) + "'");
        }
        PeopleSort column = Arrays.stream(PeopleSort.values())
                .filter(candidate -> camelCase(candidate).equals(order[0]))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("sort", "must be one of " + Arrays.stream(
                        PeopleSort.values()).map(PeopleApi::camelCase).toList() + ", was '" + Inputs.echo(order[0]) + "'"));
        boolean descending = order.length == 2 && order[1].equalsIgnoreCase("desc");
        long total = people.count(eventId, filter);
        return new PeoplePage(total, page, size,
                people.page(eventId, filter, column, descending, (long) page * size, size));
    }

    /**
     * A bulk invite file as the body ({@code text/csv}): 200 with how many were invited, or 400 with every bad row
     * and nothing invited. The body is spooled to a temporary file, which the import reads twice.
     */
    @PostMapping(path = "/bulk-invite", consumes = "text/csv")
    ResponseEntity<?> bulkInvite(@PathVariable UUID eventId, HttpServletRequest request) throws IOException {
        Path file = Files.createTempFile("eventlens-bulk-invite-", ".csv");
        try {
            RequestBodies.copyAtMost(request, file, PeopleManagement.MAX_BULK_INVITE_BYTES, "A bulk invite file may be "
                    + "at most " + PeopleManagement.MAX_BULK_INVITE_BYTES / (1024 * 1024) + " MB, as in the console's "
                    + "Bulk invite dialog.");
            BulkInviteResult result = people.bulkInvite(eventId, new FileSystemResource(file));
            if (result.succeeded()) {
                return ResponseEntity.ok(Map.of("invited", result.invited()));
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    result.problems().size() + (result.problems().size() == 1 ? " line is" : " lines are")
                            + " wrong; nobody was invited.");
            problem.setProperty("errors", result.problems().stream()
                    .map(p -> Map.of("line", p.line(), "message", p.reason())).toList());
            return ResponseEntity.badRequest().body(problem);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @ExceptionHandler(PersonNotFound.class)
    ProblemDetail notFound(PersonNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such event, or no access to it.");
    }

    static String camelCase(PeopleSort sort) {
        String[] words = sort.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(parameter, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was '" + value + "'");
        }
    }
}
