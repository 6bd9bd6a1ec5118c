package com.eventlens.console.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.eventlens.people.EventRole;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;

/**
 * The 255 people of the demo event: everyone the help-centre article names, with their roles and statuses,
 * and generated attendees with plausible profiles. Generation is seeded, so every demo has the same people.
 */
final class DemoPeople {

    static final int TOTAL = 255;

    private static final Instant CREATED = Instant.parse("2021-10-09T14:00:00Z");

    private static final String[] FIRST_NAMES = {"Olivia", "Noah", "Emma", "Liam", "Ava", "Mateo", "Sophia", "Lucas",
            "Isabella", "Ethan", "Mia", "Amir", "Charlotte", "Hiro", "Amelia", "Jonas", "Harper", "Ravi", "Chloe",
            "Daniel", "Priya", "Samuel", "Grace", "Diego", "Hannah", "Kofi", "Zoe", "Marco", "Leah", "Tomás", "Nora",
            "Yusuf", "Ingrid", "Wei", "Fatima", "Oscar", "Elena", "Kenji", "Aisha", "Felix", "Maya", "Andrés", "Sara",
            "Nikolai", "Lucy", "Omar", "Clara", "Julien", "Anika", "Gabriel"};
    private static final String[] LAST_NAMES = {"Smith", "Johnson", "Brown", "Garcia", "Miller", "Davies", "Martin",
            "Rossi", "Müller", "Kowalski", "Nguyen", "Cohen", "Patel", "Tanaka", "Silva", "O'Brien", "Andersen",
            "Dubois", "Kim", "Lopez", "Schneider", "Haddad", "Novak", "Fischer", "Moreau", "Santos", "Levi", "Khan",
            "Murphy", "Bianchi", "Jensen", "Walker", "Okafor", "Sato", "Fernández", "Weber", "Larsen", "Chen",
            "Hughes", "Mendes"};
    private static final String[] TITLES = {"Marketing Manager", "Product Manager", "Head of Content",
            "Event Producer", "Communications Director", "Digital Marketing Specialist", "VP Marketing",
            "Brand Strategist", "UX Designer", "Sales Director", "Customer Success Lead", "Growth Marketer",
            "Social Media Manager", "Head of Partnerships", "Software Engineer", "Data Analyst", "CMO",
            "Community Manager", "Learning & Development Lead", "Account Executive"};
    private static final String[][] COMPANIES = {{"Northwind Media", "Media"}, {"Contoso", "Technology"},
            {"Globex", "Manufacturing"}, {"Initech", "Software"}, {"Umbrella Health", "Healthcare"},
            {"Bluebird Bank", "Financial services"}, {"Lumen Learning", "Education"}, {"Vertex Retail", "Retail"},
            {"Kaltura", "Video"}, {"Spotify", "Music streaming"}, {"Meta", "Social media"},
            {"Acme Travel", "Travel"}, {"Helios Energy", "Energy"}, {"Pinecone Studios", "Entertainment"},
            {"Quantum Logistics", "Logistics"}, {"Atlas Consulting", "Consulting"}};
    private static final String[] COUNTRIES = {"US", "US", "US", "US", "GB", "GB", "CA", "DE", "FR", "IL", "IN",
            "NL", "ES", "IT", "AU", "BR", "JP", "SE", "IE", "SG"};

    private DemoPeople() {
    }

    static List<Registration> all() {
        List<Registration> people = new ArrayList<>(named());
        Set<String> emails = new HashSet<>();
        people.forEach(person -> emails.add(person.email()));
        Random random = new Random(20220202L);
        for (int n = 0; people.size() < TOTAL; n++) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            String[] company = COMPANIES[random.nextInt(COMPANIES.length)];
            String email = uniqueEmail(first, last, company[0], emails);
            people.add(new Registration(DemoIds.EVENT, DemoIds.of("person:" + n), first, last, email,
                    Set.of(random.nextInt(40) == 0 ? EventRole.MODERATOR : EventRole.ATTENDEE),
                    pick(random, TITLES), company[0], company[1], pick(random, COUNTRIES),
                    weighted(random, RegistrationType.values(), 70, 20, 10),
                    weighted(random, RegistrationStatus.values(), 10, 25, 5, 55, 2, 3),
                    CREATED.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 110)))));
        }
        return people;
    }

    /** Everyone the help-centre article shows, as it shows them. */
    private static List<Registration> named() {
        return List.of(
                named("Eric Grant", "Head of Events", "Kaltura", Set.of(EventRole.EVENT_MANAGER, EventRole.SPEAKER,
                        EventRole.MODERATOR), RegistrationStatus.BLOCKED_FROM_CHAT),
                named("Lori Hattaway", "Community Manager", "Kaltura", Set.of(EventRole.MODERATOR),
                        RegistrationStatus.REGISTERED),
                named("Ella Williams", "Marketing Specialist", "Kaltura", Set.of(EventRole.ATTENDEE),
                        RegistrationStatus.ATTENDED),
                named("Julie Davis", "Account Executive", "Kaltura", Set.of(EventRole.ATTENDEE),
                        RegistrationStatus.ATTENDED),
                named("James Li", "Digital Marketing Manager", "Kaltura", Set.of(EventRole.EVENT_MANAGER,
                        EventRole.MODERATOR), RegistrationStatus.UNREGISTERED),
                named("Adele Laurelton", "Brand Director", "Kaltura", Set.of(EventRole.SPEAKER),
                        RegistrationStatus.INVITED),
                named("Liam Gibson", "Sales Engineer", "Kaltura", Set.of(EventRole.ATTENDEE), RegistrationStatus.INVITED),
                named("Sandra Sullivan", "Customer Success Lead", "Kaltura", Set.of(EventRole.ATTENDEE),
                        RegistrationStatus.BLOCKED),
                named("Abbie Wilson", "Product manager", "Kaltura", Set.of(EventRole.ATTENDEE),
                        RegistrationStatus.ATTENDED),
                named("Roger Chalmer", "Product Design Manager", "Spotify", Set.of(EventRole.ATTENDEE),
                        RegistrationStatus.ATTENDED),
                named("Eric Lorimer", "Product Manager", "Kaltura", Set.of(EventRole.ATTENDEE),
                        RegistrationStatus.ATTENDED),
                named("Barack Azim", "UX Research Lead", "Meta", Set.of(EventRole.ATTENDEE), RegistrationStatus.ATTENDED),
                named("Julian Lang", "Director of Marketing Strategy", "Kaltura", Set.of(EventRole.SPEAKER),
                        RegistrationStatus.REGISTERED),
                named("Celine Garnier", "Content marketing specialist personalization", "Kaltura",
                        Set.of(EventRole.SPEAKER), RegistrationStatus.REGISTERED),
                named("Laura Steven", "Head of Global Campaigns", "Kaltura", Set.of(EventRole.SPEAKER),
                        RegistrationStatus.REGISTERED),
                named("Brian Dennis", "Director of Marketing", "Kaltura", Set.of(EventRole.SPEAKER),
                        RegistrationStatus.REGISTERED),
                // The demo's manager/manager account signs in as Patrick Lorimer, as in the article's header.
                named("Patrick Lorimer", "Event Manager", "Kaltura", Set.of(EventRole.EVENT_MANAGER),
                        RegistrationStatus.REGISTERED));
    }

    private static Registration named(String fullName, String title, String company, Set<EventRole> roles,
                                      RegistrationStatus status) {
        String[] names = fullName.split(" ", 2);
        String email = emailLocalPart(names[0], names[1]) + "@" + domain(company);
        String industry = switch (company) {
            case "Spotify" -> "Music streaming";
            case "Meta" -> "Social media";
            default -> "Video";
        };
        return new Registration(DemoIds.EVENT, DemoIds.of("person:" + email), names[0], names[1], email, roles,
                title, company, industry, "US", RegistrationType.REGISTRATION, status, CREATED);
    }

    private static String uniqueEmail(String first, String last, String company, Set<String> taken) {
        String base = emailLocalPart(first, last);
        String email = base + "@" + domain(company);
        for (int n = 2; !taken.add(email); n++) {
            email = base + n + "@" + domain(company);
        }
        return email;
    }

    private static String emailLocalPart(String first, String last) {
        return (ascii(first) + "." + ascii(last)).toLowerCase(Locale.ROOT);
    }

    private static String domain(String company) {
        return ascii(company).toLowerCase(Locale.ROOT) + ".com";
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T weighted(Random random, T[] values, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
