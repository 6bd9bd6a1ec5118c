package com.eventlens.people;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person registered to an event, with the profile the analytics show.
 *
 * @param country ISO 3166-1 alpha-2 code, or {@code null} when unknown
 * @param createdAt when the registration was created; {@code null} on a new one means "now"
 */
public record Registration(UUID eventId, UUID id, String firstName, String lastName, String email,
                           Set<EventRole> roles, String title, String company, String industry, String country,
                           RegistrationType registrationType, RegistrationStatus status, Instant createdAt) {

    public Registration {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(registrationType, "registrationType");
        Objects.requireNonNull(status, "status");
        roles = Set.copyOf(roles);
        title = title == null ? "" : title;
        company = company == null ? "" : company;
        industry = industry == null ? "" : industry;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** "Director of Marketing, Kaltura" — the line under a name in lists. */
    public String titleAndCompany() {
        if (title.isBlank()) {
            return company;
        }
        return company.isBlank() ? title : title + ", " + company;
    }
}
