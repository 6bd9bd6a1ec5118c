package com.eventlens.console.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids for the demo event, so that every demo database has the same bookmarkable URLs. */
final class DemoIds {

    static final UUID EVENT = of("event");

    private DemoIds() {
    }

    static UUID of(String name) {
        return UUID.nameUUIDFromBytes(("eventlens-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
