package com.eventlens.console.internal;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import com.eventlens.shared.web.ProblemResponses;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers an API call without valid console credentials with a 401 problem detail (RFC 9457) — a disabled or
 * deleted account's calls included. The Basic challenge names the API's realm: the console's own pages never ask
 * for Basic credentials, so a browser has none cached for them.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Eventlens API\", charset=\"UTF-8\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                "Sign in with the username and password of an enabled console account.");
    }
}
