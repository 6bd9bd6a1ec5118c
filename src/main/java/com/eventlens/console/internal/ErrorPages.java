package com.eventlens.console.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container shows for an error that no controller answered (a request the firewall rejected, a
 * body too large for the container, a refusal of a security filter): under {@code /api/} a problem detail, like
 * every other API error; elsewhere a plain page in the console's style, never the container's bare one.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)
                instanceof Integer code ? code : 500);
        status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String correlationId = null;
        if (status.is5xxServerError()) {
            correlationId = UUID.randomUUID().toString();
            log.error("Request to {} failed with {}, correlation id {}", uri, status.value(), correlationId,
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, correlationId == null
                    ? "The request was refused: " + status.getReasonPhrase() + "."
                    : "Something went wrong on our side. Quote the correlation id " + correlationId
                            + " when you report it.");
            if (correlationId != null) {
                problem.setProperty("correlationId", correlationId);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String title = status == HttpStatus.NOT_FOUND ? "Not found"
                : status.is4xxClientError() ? "This request was refused" : "Something went wrong";
        String explanation = status == HttpStatus.NOT_FOUND
                ? "This page does not exist, or you do not have access to it."
                : status.is4xxClientError() ? "Go back to your events and try again from there."
                : "Please try again in a moment. If it keeps happening, quote " + correlationId + " to your admin.";
        String page = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s · Eventlens</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="%s/styles/eventlens.css"></head>
                <body class="error-page"><main class="not-found"><h1>%s</h1><p>%s</p>
                <p><a href="%s/">Back to your events</a></p></main></body></html>
                """.formatted(title, request.getContextPath(), title, explanation, request.getContextPath());
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(page);
    }
}
