package com.eventlens.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.time.Duration;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import com.eventlens.people.BulkInviteResult;
import com.eventlens.people.EventAccess;
import com.eventlens.people.EventRole;
import com.eventlens.people.InvalidPerson;
import com.eventlens.people.PeopleChangeRefused;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PeopleRegistered;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.PersonField;
import com.eventlens.people.PersonNotFound;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.PersonRules;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.csv.CsvExport;
import com.eventlens.shared.data.EventScopedId;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;

@Service
@Transactional(readOnly = true)
class ManagedPeople implements PeopleManagement {

    /** E-mail addresses of a bulk invite file looked up in the event at a time. */
    static final int EMAIL_CHUNK = 1_000;

    /** Bulk-invited people announced in one {@link PeopleRegistered}. */
    static final int PEOPLE_PER_ANNOUNCEMENT = 2_000;

    static final String[] EXPORT_HEADER = {"first_name", "last_name", "email", "roles", "title", "company", "industry",
            "country", "registration_type", "status", "created_at"};

    private final Registrations registrations;
    private final RegistrationSearch search;
    private final RegistrationCopy copy;
    private final PeopleDirectory directory;
    private final EventAccess access;
    private final ApplicationEventPublisher publisher;
    private final EngagementScores scores;

    ManagedPeople(Registrations registrations, RegistrationSearch search, RegistrationCopy copy,
                  PeopleDirectory directory, EventAccess access, ApplicationEventPublisher publisher,
                  EngagementScores scores) {
        this.scores = scores;
        this.registrations = registrations;
        this.search = search;
        this.copy = copy;
        this.directory = directory;
        this.access = access;
        this.publisher = publisher;
    }

    @Override
    public List<Registration> page(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending,
                                   long offset, int limit) {
        event(eventId);
        return search.page(eventId, filter, sort, descending, offset, limit);
    }

    @Override
    public long count(UUID eventId, PeopleFilter filter) {
        event(eventId);
        return search.count(eventId, filter);
    }

    @Override
    public Map<UUID, Integer> engagementScores(UUID eventId, java.util.Collection<UUID> personIds) {
        event(eventId);
        return scores.of(eventId, personIds);
    }

    @Override
    public OptionalLong countWithin(UUID eventId, PeopleFilter filter, Duration budget) {
        event(eventId);
        return search.countWithin(eventId, filter, budget);
    }

    @Override
    public Registration find(UUID eventId, UUID personId) {
        event(eventId);
        return person(eventId, personId);
    }

    @Override
    @Transactional
    public Registration invite(UUID eventId, PersonProfile profile) {
        event(eventId);
        PersonProfile valid = validate(eventId, null, profile);
        Registration person = registration(eventId, UUID.randomUUID(), valid, RegistrationType.INVITATION);
        try {
            directory.register(person);
        } catch (DuplicateKeyException raced) {
            throw new InvalidPerson(Map.of(PersonField.EMAIL, PersonRules.emailTaken(valid.email())));
        }
        return person(eventId, person.id());
    }

    @Override
    @Transactional
    public Registration edit(UUID eventId, UUID personId, PersonProfile profile) {
        event(eventId);
        RegistrationEntity person = stored(eventId, personId);
        Registration before = person.toRegistration();
        PersonProfile valid = validate(eventId, personId, profile);
        if (isSignedInManager(before)) {
            Map<PersonField, String> refused = new EnumMap<>(PersonField.class);
            if (!valid.roles().contains(EventRole.EVENT_MANAGER)) {
                refused.put(PersonField.ROLES, "You cannot take away your own Event manager role: you would lose "
                        + "access to this event.");
            }
            if (!valid.email().equalsIgnoreCase(before.email())) {
                refused.put(PersonField.EMAIL, "You cannot change your own e-mail address here: your access to "
                        + "this event depends on it.");
            }
            if (!refused.isEmpty()) {
                throw new InvalidPerson(refused);
            }
        }
        try {
            return registrations.save(person.edit(valid)).toRegistration();
        } catch (DuplicateKeyException raced) {
            throw new InvalidPerson(Map.of(PersonField.EMAIL, PersonRules.emailTaken(valid.email())));
        }
    }

    @Override
    @Transactional
    public Registration block(UUID eventId, UUID personId) {
        return block(eventId, personId, RegistrationStatus.BLOCKED);
    }

    @Override
    @Transactional
    public Registration blockFromChat(UUID eventId, UUID personId) {
        return block(eventId, personId, RegistrationStatus.BLOCKED_FROM_CHAT);
    }

    private Registration block(UUID eventId, UUID personId, RegistrationStatus block) {
        event(eventId);
        return registrations.save(lockedForChange(eventId, personId).block(block)).toRegistration();
    }

    @Override
    @Transactional
    public Registration unblock(UUID eventId, UUID personId) {
        event(eventId);
        return registrations.save(lockedForChange(eventId, personId).unblock()).toRegistration();
    }

    @Override
    @Transactional
    public void remove(UUID eventId, UUID personId) {
        event(eventId);
        RegistrationEntity person = lockedForChange(eventId, personId);
        if (isSignedInManager(person.toRegistration())) {
            throw new PeopleChangeRefused("You cannot remove yourself: you would lose access to this event.");
        }
        registrations.delete(person.remove());
    }

    @Override
    @Transactional
    public BulkInviteResult bulkInvite(UUID eventId, InputStreamSource csv) throws IOException {
        event(eventId);
        FileCheck check = new FileCheck(eventId);
        try {
            BulkInviteFile.read(csv, check);
            check.flushEmails();
        } catch (BulkInviteFile.BadFile bad) {
            check.problem(bad.line, bad.getMessage());
        }
        if (!check.problems.isEmpty()) {
            return new BulkInviteResult(0, check.problems.entrySet().stream()
                    .map(e -> new BulkInviteResult.Problem(e.getKey(), String.join(" ", e.getValue())))
                    .toList());
        }
        List<UUID> invited = new ArrayList<>();
        try (RegistrationCopy.Session rows = copy.open()) {
            BulkInviteFile.read(csv, new BulkInviteFile.Visitor() {
                @Override
                public void row(BulkInviteFile.Row row) {
                    Registration person = registration(eventId, UUID.randomUUID(), profile(row, new ArrayList<>()),
                            RegistrationType.BULK_UPLOAD);
                    rows.add(person);
                    invited.add(person.id());
                }

                @Override
                public void problem(long line, String reason) {
                    throw new IllegalStateException("The file changed between its check and its import");
                }
            });
            rows.finish();
        } catch (BulkInviteFile.BadFile changed) {
            throw new IllegalStateException("The file changed between its check and its import", changed);
        } catch (DuplicateKeyException raced) {
            // Someone registered one of these addresses since the check: nothing of the file stays.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new BulkInviteResult(0, List.of(new BulkInviteResult.Problem(0, "Someone registered one of "
                    + "these e-mail addresses while the file was imported. Nothing was imported: upload it again.")));
        }
        // After the COPY, which holds the connection until it ends; in the transaction, so that the people are
        // announced exactly when they are stored.
        for (int from = 0; from < invited.size(); from += PEOPLE_PER_ANNOUNCEMENT) {
            publisher.publishEvent(new PeopleRegistered(eventId,
                    invited.subList(from, Math.min(invited.size(), from + PEOPLE_PER_ANNOUNCEMENT))));
        }
        return new BulkInviteResult(invited.size(), List.of());
    }

    /** The first pass over a bulk invite file: every problem of every row, nothing written. */
    private final class FileCheck implements BulkInviteFile.Visitor {

        private final UUID eventId;
        final Map<Long, List<String>> problems = new TreeMap<>();
        /** Lower-case address → the first line that has it, to name duplicates within the file. */
        private final Map<String, Long> lineOfEmail = new HashMap<>();
        /** Addresses not yet looked up in the event → their line. */
        private final Map<String, Long> unchecked = new LinkedHashMap<>();

        FileCheck(UUID eventId) {
            this.eventId = eventId;
        }

        @Override
        public void row(BulkInviteFile.Row row) {
            List<String> unknownRoles = new ArrayList<>();
            PersonProfile raw = profile(row, unknownRoles);
            PersonRules.Checked checked = PersonRules.check(raw);
            if (!unknownRoles.isEmpty()) {
                problem(row.line(), BulkInviteFile.unknownRoles(unknownRoles));
            }
            checked.errors().forEach((field, reason) -> {
                // A row whose roles are all unknown has no role: "unknown role" says it better.
                if (field != PersonField.ROLES || unknownRoles.isEmpty()) {
                    problem(row.line(), reason);
                }
            });
            if (checked.errors().containsKey(PersonField.EMAIL)) {
                return;
            }
            String email = checked.profile().email();
            Long first = lineOfEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), row.line());
            if (first != null) {
                problem(row.line(), email + " is already on line " + first + " of this file.");
                return;
            }
            unchecked.put(email, row.line());
            if (unchecked.size() >= EMAIL_CHUNK) {
                flushEmails();
            }
        }

        @Override
        public void problem(long line, String reason) {
            problems.computeIfAbsent(line, l -> new ArrayList<>()).add(reason);
        }

        void flushEmails() {
            if (unchecked.isEmpty()) {
                return;
            }
            directory.idsByEmail(eventId, unchecked.keySet())
                    .keySet()
                    .forEach(email -> problem(unchecked.get(email), PersonRules.emailTaken(email)));
            unchecked.clear();
        }
    }

    /** The row as a profile; role names that are no role go to {@code unknownRoles}. */
    private static PersonProfile profile(BulkInviteFile.Row row, List<String> unknownRoles) {
        Set<EventRole> roles = BulkInviteFile.roles(row.get(PersonField.ROLES), unknownRoles);
        PersonProfile raw = new PersonProfile(row.get(PersonField.FIRST_NAME), row.get(PersonField.LAST_NAME),
                row.get(PersonField.EMAIL), roles, row.get(PersonField.TITLE), row.get(PersonField.COMPANY),
                row.get(PersonField.INDUSTRY), row.get(PersonField.COUNTRY));
        return PersonRules.check(raw).profile();
    }

    @Override
    public void export(UUID eventId, PeopleFilter filter, PeopleSort sort, boolean descending, OutputStream out)
            throws IOException {
        ZoneId zone = event(eventId).timeZone();
        DateTimeFormatter created = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        CsvExport csv = CsvExport.start(out, EXPORT_HEADER);
        try {
            search.forEach(eventId, filter, sort, descending, person -> {
                try {
                    csv.row(person.firstName(), person.lastName(), person.email(),
                            person.roles().stream().sorted().map(EventRole::label)
                                    .collect(Collectors.joining(BulkInviteFile.ROLE_SEPARATOR)),
                            person.title(), person.company(), person.industry(), person.country(),
                            person.registrationType().label(), person.status().label(),
                            created.format(person.createdAt().truncatedTo(ChronoUnit.SECONDS).atZone(zone)
                                    .toOffsetDateTime()));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        csv.flush();
    }

    private VisibleEvent event(UUID eventId) {
        return access.findVisible(eventId).orElseThrow(() -> new PersonNotFound(eventId, null));
    }

    private Registration person(UUID eventId, UUID personId) {
        return stored(eventId, personId).toRegistration();
    }

    private RegistrationEntity stored(UUID eventId, UUID personId) {
        return registrations.findById(new EventScopedId(eventId, personId))
                .orElseThrow(() -> new PersonNotFound(eventId, personId));
    }

    /** Locked until the transaction ends: two managers blocking and unblocking at once take turns. */
    private RegistrationEntity lockedForChange(UUID eventId, UUID personId) {
        return registrations.findForUpdateById(new EventScopedId(eventId, personId))
                .orElseThrow(() -> new PersonNotFound(eventId, personId));
    }

    /** The profile checked, its address free in the event (but for {@code personId} itself); or every problem. */
    private PersonProfile validate(UUID eventId, UUID personId, PersonProfile profile) {
        PersonRules.Checked checked = PersonRules.check(profile);
        Map<PersonField, String> errors = new EnumMap<>(checked.errors());
        if (!errors.containsKey(PersonField.EMAIL)
                && search.emailInUse(eventId, checked.profile().email(), personId)) {
            errors.put(PersonField.EMAIL, PersonRules.emailTaken(checked.profile().email()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPerson(errors);
        }
        return checked.profile();
    }

    private static Registration registration(UUID eventId, UUID id, PersonProfile profile, RegistrationType type) {
        return new Registration(eventId, id, profile.firstName(), profile.lastName(), profile.email(), profile.roles(),
                profile.title(), profile.company(), profile.industry(), profile.country(), type,
                RegistrationStatus.INVITED, null);
    }

    /**
     * Whether the person is the signed-in event manager. Managers may not remove themselves, nor take away the role
     * or the address their access rests on; an admin may (their access does not depend on it).
     */
    private static boolean isSignedInManager(Registration person) {
        return CurrentUser.get()
                .filter(user -> !user.isAdmin())
                .map(ConsoleUser::email)
                .filter(email -> email != null && email.equalsIgnoreCase(person.email()))
                .isPresent();
    }
}
