package com.eventlens.people.ui;

import java.util.Arrays;
import java.util.Optional;

import com.eventlens.people.EventRole;
import com.eventlens.shared.format.Formats;

/** The People area's pages: All users, and the same grid pre-filtered to one role. */
public enum PeopleGroup {
    ALL_USERS(null, null, "All users", "User", "Users",
            "Manage, track and invite attendees, moderators, and speakers to your event."),
    SPEAKERS("speakers", EventRole.SPEAKER, "Speakers", "Speaker", "Speakers",
            "Everyone who speaks at your event."),
    MODERATORS("moderators", EventRole.MODERATOR, "Moderators", "Moderator", "Moderators",
            "Everyone who moderates your event's sessions and chat."),
    EVENT_TEAM("team", EventRole.EVENT_MANAGER, "Event team", "team member", "team members",
            "The event managers who run this event in the console.");

    private final String segment;
    private final EventRole role;
    private final String title;
    private final String one;
    private final String many;
    private final String intro;

    PeopleGroup(String segment, EventRole role, String title, String one, String many, String intro) {
        this.segment = segment;
        this.role = role;
        this.title = title;
        this.one = one;
        this.many = many;
        this.intro = intro;
    }

    /** The last part of the page's address ({@code events/{id}/people/speakers}); none for All users. */
    public String segment() {
        return segment;
    }

    /** The role every row of the page has; {@code null} for All users. */
    public EventRole role() {
        return role;
    }

    public String title() {
        return title;
    }

    public String intro() {
        return intro;
    }

    /** "255 Users", "1 Speaker". */
    public String count(long people) {
        return Formats.count(people, one, many);
    }

    static Optional<PeopleGroup> ofSegment(String segment) {
        return Arrays.stream(values()).filter(group -> group.segment != null && group.segment.equals(segment))
                .findFirst();
    }
}
