package com.eventlens.people;

import java.util.Set;

/**
 * What the console says about a person when inviting or editing them. Nothing is checked here: the people
 * module validates it ({@link InvalidPerson} names every problem by field) and normalises it (trimmed text,
 * upper-case country code).
 *
 * @param country ISO 3166-1 alpha-2 code, or blank
 */
public record PersonProfile(String firstName, String lastName, String email, Set<EventRole> roles, String title,
                            String company, String industry, String country) {

    public PersonProfile {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static PersonProfile of(Registration person) {
        return new PersonProfile(person.firstName(), person.lastName(), person.email(), person.roles(),
                person.title(), person.company(), person.industry(), person.country());
    }
}
