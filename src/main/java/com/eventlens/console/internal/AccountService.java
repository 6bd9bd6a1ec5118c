package com.eventlens.console.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.eventlens.console.AccountChanges;
import com.eventlens.console.AccountConflict;
import com.eventlens.console.AccountDetails;
import com.eventlens.console.AccountField;
import com.eventlens.console.AccountManagement;
import com.eventlens.console.AccountNotFound;
import com.eventlens.console.AccountRules;
import com.eventlens.console.InvalidAccount;
import com.eventlens.console.ManagedEvent;
import com.eventlens.console.NewAccount;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;

@Service
@Transactional
class AccountService implements AccountManagement {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String GENERATED_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int GENERATED_LENGTH = 20;

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final ConsoleSessions sessions;
    private final PeopleDirectory people;
    private final EventCatalog events;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(Accounts accounts, PasswordEncoder passwords, ConsoleSessions sessions, PeopleDirectory people,
                   EventCatalog events, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.people = people;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountDetails> accounts() {
        requireAdmin();
        return details(accounts.findAllByUsername());
    }

    @Override
    @Transactional(readOnly = true)
    public AccountDetails find(String username) {
        requireAdmin();
        return details(List.of(account(username))).getFirst();
    }

    @Override
    public AccountDetails create(NewAccount raw) {
        requireAdmin();
        return details(List.of(createBy(raw, actor()))).getFirst();
    }

    /**
     * Creates an account for {@code actor} without asking who is signed in: for the bootstrap admin and single
     * sign-on's new managers, where nobody is yet. Everything else goes through {@link #create(NewAccount)}.
     */
    Account createBy(NewAccount raw, String actor) {
        // Usernames are compared ignoring case anyway; "Ann" is kept as "ann" rather than refused.
        NewAccount account = new NewAccount(text(raw.username()).toLowerCase(Locale.ROOT), text(raw.displayName()),
                text(raw.email()), raw.role(), raw.password());
        Map<AccountField, String> errors = AccountRules.check(account);
        if (!errors.isEmpty()) {
            throw new InvalidAccount(errors);
        }
        if (accounts.findByUsernameIgnoringCase(account.username()).isPresent()) {
            throw taken(account.username());
        }
        try {
            return accounts.save(Account.create(account.username(), passwords.encode(account.password()),
                    account.role(), account.displayName(), account.email(), actor, clock.instant()));
        } catch (DbActionExecutionException failure) {
            throw failure.getCause() instanceof DuplicateKeyException ? taken(account.username()) : failure;
        }
    }

    @Override
    public AccountDetails update(String username, AccountChanges changes) {
        requireAdmin();
        Account account = account(username);
        String actor = actor();
        Map<AccountField, String> errors = new EnumMap<>(AccountField.class);
        if (changes.displayName() != null) {
            AccountRules.displayNameProblem(changes.displayName())
                    .ifPresent(problem -> errors.put(AccountField.DISPLAY_NAME, problem));
        }
        if (changes.email() != null) {
            AccountRules.emailProblem(changes.email()).ifPresent(problem -> errors.put(AccountField.EMAIL, problem));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccount(errors);
        }
        boolean losesAdmin = account.isActiveAdmin() && (changes.role() == ConsoleRole.EVENT_MANAGER
                || Boolean.FALSE.equals(changes.enabled()));
        if (losesAdmin) {
            requireAnotherEnabledAdmin(account, changes.role() == ConsoleRole.EVENT_MANAGER ? "demote" : "disable");
        }
        Set<AccountField> described = account.describe(nullableText(changes.displayName()),
                nullableText(changes.email()), actor);
        boolean roleChanged = account.changeRole(changes.role(), actor);
        boolean enabledChanged = changes.enabled() != null && account.enable(changes.enabled(), actor);
        save(account);
        if (roleChanged || enabledChanged && !account.enabled() || described.contains(AccountField.EMAIL)) {
            // The open sessions hold the old role and address, on which the events it may see depend.
            signOutAfterCommit(account.username(), null);
        }
        return details(List.of(account)).getFirst();
    }

    @Override
    public void resetPassword(String username, String newPassword) {
        requireAdmin();
        Account account = account(username);
        AccountRules.passwordProblem(newPassword, account.username()).ifPresent(problem -> {
            throw new InvalidAccount(AccountField.PASSWORD, problem);
        });
        account.resetPassword(passwords.encode(newPassword), actor());
        save(account);
        signOutAfterCommit(account.username(), null);
    }

    @Override
    public String resetToGeneratedPassword(String username) {
        String password = generatePassword();
        resetPassword(username, password);
        return password;
    }

    @Override
    public void delete(String username) {
        requireAdmin();
        Account account = account(username);
        if (account.isActiveAdmin()) {
            requireAnotherEnabledAdmin(account, "delete");
        }
        accounts.delete(account.deletedBy(actor()));
        signOutAfterCommit(account.username(), null);
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        ConsoleUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        Account account = account(user.username());
        Map<AccountField, String> errors = new EnumMap<>(AccountField.class);
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            errors.put(AccountField.CURRENT_PASSWORD, "This is not your current password.");
        }
        AccountRules.passwordProblem(newPassword, account.username())
                .ifPresent(problem -> errors.put(AccountField.PASSWORD, problem));
        if (errors.isEmpty() && passwords.matches(newPassword, account.passwordHash())) {
            errors.put(AccountField.PASSWORD, "Choose a password other than your current one.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccount(errors);
        }
        account.changePassword(passwords.encode(newPassword));
        save(account);
        signOutAfterCommit(account.username(), CurrentSession.id().orElse(null));
    }

    static String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(GENERATED_ALPHABET.charAt(RANDOM.nextInt(GENERATED_ALPHABET.length())));
        }
        return password.toString();
    }

    private List<AccountDetails> details(List<Account> list) {
        Map<String, Set<UUID>> managed = people.eventsManagedBy(list.stream()
                .filter(account -> account.role() == ConsoleRole.EVENT_MANAGER).map(Account::email).toList());
        return list.stream().map(account -> new AccountDetails(account.username(), account.displayName(),
                        account.email(), account.role(), account.enabled(), account.createdAt(),
                        account.lastSignInAt(), account.role() == ConsoleRole.ADMIN ? List.of()
                        : managedEvents(managed.getOrDefault(account.email().toLowerCase(Locale.ROOT), Set.of()))))
                .toList();
    }

    private List<ManagedEvent> managedEvents(Set<UUID> ids) {
        return ids.stream().flatMap(id -> events.find(id).stream())
                .map(event -> new ManagedEvent(event.id(), event.name()))
                .sorted(Comparator.comparing(ManagedEvent::name))
                .toList();
    }

    /**
     * Two admins disabling each other at the same moment must not both succeed: the check and the change of
     * admin accounts take turns on one advisory lock.
     */
    private void requireAnotherEnabledAdmin(Account account, String change) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('eventlens.console_account.admins'))").query().singleRow();
        Account current = account(account.username());
        if (current.isActiveAdmin() && accounts.countEnabledAdmins() <= 1) {
            throw new AccountConflict("\"" + account.username() + "\" is the last enabled admin: you cannot " + change
                    + " it. Make another account an admin first.");
        }
    }

    private void save(Account account) {
        try {
            accounts.save(account);
        } catch (DbActionExecutionException failure) {
            if (failure.getCause() instanceof OptimisticLockingFailureException) {
                throw new AccountConflict("Someone else changed \"" + account.username()
                        + "\" at the same time; nothing was changed. Look at it again and retry.");
            }
            throw failure;
        } catch (OptimisticLockingFailureException raced) {
            throw new AccountConflict("Someone else changed \"" + account.username()
                    + "\" at the same time; nothing was changed. Look at it again and retry.");
        }
    }

    private void signOutAfterCommit(String username, String keepSession) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.signOut(username, keepSession);
            }
        });
    }

    private Account account(String username) {
        return accounts.findByUsernameIgnoringCase(text(username)).orElseThrow(() -> new AccountNotFound(username));
    }

    private static AccountConflict taken(String username) {
        return new AccountConflict("The username \"" + username + "\" is taken: choose another one.");
    }

    private static void requireAdmin() {
        if (!CurrentUser.get().map(ConsoleUser::isAdmin).orElse(false)) {
            throw new AccessDeniedException("Only an admin manages console accounts");
        }
    }

    private static String actor() {
        return CurrentUser.get().map(ConsoleUser::username).orElse("system");
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullableText(String value) {
        return value == null ? null : value.strip();
    }
}
