package com.eventlens.console.internal;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.eventlens.console.AccountConflict;
import com.eventlens.console.AccountNotFound;
import com.eventlens.console.InvalidAccount;
import com.eventlens.shared.input.BodyTooLarge;
import com.eventlens.shared.input.InvalidInput;
import com.eventlens.shared.input.Inputs;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * How every controller of the API answers an error: a problem detail ({@code application/problem+json}, whatever the
 * client accepts) with the right status and a {@code detail} a client developer can act on — a bad value is {@code 400}
 * naming the field, an unexpected failure {@code 500} with a correlation id that is also in the log, never a redirect
 * to the sign-in page nor an HTML page. Controllers keep their own handlers only for what only they know (a whole
 * list of a body's problems).
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler
    ResponseEntity<Object> invalidInput(InvalidInput invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                invalid.field() + " " + invalid.getMessage());
        problem.setProperty("field", invalid.field());
        return problem(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> tooLarge(BodyTooLarge tooLarge) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidAccount(InvalidAccount invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The account has " + (invalid.errors().size() == 1 ? "1 problem" : invalid.errors().size()
                        + " problems") + ", listed in errors; nothing was changed.");
        problem.setProperty("errors", invalid.errors().entrySet().stream()
                .map(error -> Map.of("field", error.getKey().json(), "message", error.getValue())).toList());
        return problem(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> conflict(AccountConflict conflict) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> noAccount(AccountNotFound missing) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> denied(AccessDeniedException denied) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This console account may not do that."));
    }

    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception failure) {
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected failure of an API request, correlation id {}", correlationId, failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed by it. Quote the correlation id "
                        + correlationId + " when you report it.");
        problem.setProperty("correlationId", correlationId);
        return problem(problem);
    }

    /** A path or query parameter of the wrong type: which one, what it must be, what it was. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        Class<?> type = mismatch.getRequiredType();
        String expected = type == UUID.class ? "a UUID such as 3f2b8c1e-7d4a-4e0b-9c55-1a2b3c4d5e6f"
                : type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "a whole number" : type == null ? "of another type" : "a " + type.getSimpleName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, name + " must be " + expected
                + ", not '" + Inputs.echo(String.valueOf(mismatch.getValue())) + "'");
        problem.setProperty("field", name);
        return problem(problem);
    }

    /** A JSON body that cannot be read: unknown or repeated fields, wrong types, broken syntax — named by path. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem;
        if (unreadable.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, path(unknown)
                    + " is not a field of this object; known fields: " + unknown.getKnownPropertyIds());
            problem.setProperty("field", path(unknown));
        } else if (unreadable.getCause() instanceof DatabindException binding && !binding.getPath().isEmpty()) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, path(binding) + " "
                    + Inputs.echo(binding.getOriginalMessage()));
            problem.setProperty("field", path(binding));
        } else if (unreadable.getCause() instanceof JacksonException json) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON: "
                    + Inputs.echo(json.getOriginalMessage()));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is missing or unreadable: "
                    + "send a JSON object.");
        }
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(status, Inputs.echo(failure.getMessage()));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(DatabindException binding) {
        StringBuilder path = new StringBuilder();
        for (var reference : binding.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
