package com.eventlens.console.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.eventlens.console.AccountChanges;
import com.eventlens.console.AccountDetails;
import com.eventlens.console.AccountManagement;
import com.eventlens.console.NewAccount;
import com.eventlens.shared.security.ConsoleRole;

/**
 * {@code /api/v1/accounts} (SPEC §4 "Accounts"), for admins only (others get {@code 403}). No answer ever holds a
 * password or its hash. Bodies are JSON only, with no unknown or repeated fields.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountsApi {

    private final AccountManagement accounts;

    AccountsApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record CreateAccount(String username, String displayName, String email, ConsoleRole role, String password) {
    }

    record ChangeAccount(String displayName, String email, ConsoleRole role, Boolean enabled) {
    }

    record NewPassword(String password) {
    }

    @GetMapping
    List<AccountDetails> accounts() {
        return accounts.accounts();
    }

    @GetMapping("/{username}")
    AccountDetails account(@PathVariable String username) {
        return accounts.find(username);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountDetails> create(@RequestBody CreateAccount body) {
        AccountDetails created = accounts.create(new NewAccount(body.username(), body.displayName(), body.email(),
                body.role(), body.password()));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.username())).body(created);
    }

    @PatchMapping(path = "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccountDetails change(@PathVariable String username, @RequestBody ChangeAccount body) {
        return accounts.update(username, new AccountChanges(body.displayName(), body.email(), body.role(),
                body.enabled()));
    }

    @PostMapping(path = "/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword body) {
        accounts.resetPassword(username, body.password());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PathVariable String username) {
        accounts.delete(username);
        return ResponseEntity.noContent().build();
    }
}
