package com.eventlens.people.ui;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.eventlens.people.EventAccess;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.ui.RouteIds;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * The one check every page of an event makes before it shows anything: the {@code :eventId} of its route
 * ({@code events/:eventId/…}) names an event the signed-in account may see, or the page is the console's "Not found".
 * A malformed id, an unknown event and another manager's event look the same, so that an id in a URL gives nothing
 * away. The same question answered for a page address ({@link #hidesEventOf(String)}) lets the console answer such a
 * page with HTTP 404 before Vaadin's page, which would say 200, is written.
 */
@Component
public class EventRouteGuard {

    /** Every page of an event lies under this path (the event frame's {@code @Layout("/events")}). */
    private static final Pattern EVENT_PAGE = Pattern.compile("^/events/([^/]+)(/.*)?$");

    private final EventAccess access;

    EventRouteGuard(EventAccess access) {
        this.access = access;
    }

    /** The event of the route; when there is none the account may see, the navigation goes to "Not found". */
    public Optional<VisibleEvent> enter(BeforeEnterEvent navigation) {
        return found(navigation, RouteIds.uuid(navigation, RouteIds.EVENT_ID).flatMap(access::findVisible));
    }

    /**
     * What a page of the event shows beyond the event itself (a person, a session, a video), looked up by the page;
     * when it is missing, the navigation goes to "Not found", exactly as for an event the account may not see.
     */
    public <T> Optional<T> found(BeforeEnterEvent navigation, Optional<T> subject) {
        if (subject.isEmpty()) {
            navigation.rerouteToError(NotFoundException.class);
        }
        return subject;
    }

    /**
     * Whether a page address (without the context path) lies in an event that the signed-in account may not see,
     * or whose id is malformed: such a page shows only "Not found".
     */
    public boolean hidesEventOf(String path) {
        Matcher page = EVENT_PAGE.matcher(path);
        return page.matches() && RouteIds.parse(page.group(1)).flatMap(access::findVisible).isEmpty();
    }
}
