package com.eventlens.analytics.internal;

import java.util.Set;
import java.util.UUID;

import com.eventlens.people.EventRole;
import com.eventlens.people.RegistrationStatus;

/** What the analytics show of a registered person: the {@code analytics_person} copy. */
record PersonDetails(UUID id, String firstName, String lastName, String title, String company, String industry,
                     String country, Set<EventRole> roles, RegistrationStatus status) {

    String fullName() {
        return firstName + " " + lastName;
    }
}
