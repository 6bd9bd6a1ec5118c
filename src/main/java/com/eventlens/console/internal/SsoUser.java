package com.eventlens.console.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.eventlens.shared.security.ConsoleUser;

/**
 * A person signed in by the OIDC provider, standing for their console account: its username is the principal's
 * name and its role the only authority. {@link SsoSuccessHandler} puts the account itself in the session.
 */
record SsoUser(OidcUser person, ConsoleUser account) implements OidcUser {

    @Override
    public Map<String, Object> getClaims() {
        return person.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return person.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return person.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return person.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getName() {
        return account.username();
    }
}
