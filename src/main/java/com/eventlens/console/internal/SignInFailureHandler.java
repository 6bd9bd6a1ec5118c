package com.eventlens.console.internal;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import com.eventlens.console.ui.LoginView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failed sign-in with the form goes back to the sign-in page with the typed username kept (in the session, not in
 * the address bar), so that only the password needs typing again.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;

    SignInFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            rememberUsername(request, username);
        }
        response.sendRedirect(request.getContextPath() + loginPath + "?error");
    }

    static void rememberUsername(HttpServletRequest request, String username) {
        request.getSession().setAttribute(LoginView.KEPT_USERNAME, username.length() > 200 ? "" : username);
    }
}
