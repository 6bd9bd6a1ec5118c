package com.eventlens.console.internal;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After single sign-on, the session holds the console account itself, exactly as after a sign-in with a password:
 * everything that asks who is signed in (views, services, signing an account out of its sessions) sees a
 * {@code ConsoleUser}, and nothing needs to know the provider. Then on to the page that was asked for.
 */
class SsoSuccessHandler implements AuthenticationSuccessHandler {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        Authentication signedIn = authentication;
        if (authentication.getPrincipal() instanceof SsoUser person) {
            UsernamePasswordAuthenticationToken account = UsernamePasswordAuthenticationToken.authenticated(
                    person.account(), null, person.getAuthorities());
            account.setDetails(authentication.getDetails());
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(account);
            contexts.setContext(context);
            repository.saveContext(context, request, response);
            signedIn = account;
        }
        next.onAuthenticationSuccess(request, response, signedIn);
    }
}
