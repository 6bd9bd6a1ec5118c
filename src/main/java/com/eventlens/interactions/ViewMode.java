package com.eventlens.interactions;

/** What a view beacon was watching: a session live, a session's recording, or on-demand content. */
public enum ViewMode {
    LIVE,
    RECORDING,
    ON_DEMAND
}
