package com.eventlens.console.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import com.eventlens.console.ui.LoginView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A single sign-on that did not sign anyone in goes back to the sign-in page with a sentence for the person: why
 * Eventlens refused them (no account for their address, a disabled one, an unverified address), or that the provider
 * could not be used just now. The provider's own error (an OAuth error code, a token endpoint's HTML page) is for
 * the log, not for the page.
 */
class SsoFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SsoFailureHandler.class);

    private final String loginPath;
    private final String providerName;

    SsoFailureHandler(String loginPath, String providerName) {
        this.loginPath = loginPath;
        this.providerName = providerName;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String message;
        if (failure instanceof OAuth2AuthenticationException oauth
                && SsoSignIn.REFUSED.equals(oauth.getError().getErrorCode())) {
            message = failure.getMessage();
        } else {
            log.warn("Single sign-on with {} failed: {}", providerName, failure.getMessage());
            message = providerName + " could not sign you in just now. Try again, or sign in with your username "
                    + "and password.";
        }
        request.getSession().setAttribute(LoginView.SSO_PROBLEM, message);
        response.sendRedirect(request.getContextPath() + loginPath + "?sso-error");
    }
}
