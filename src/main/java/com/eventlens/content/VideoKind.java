package com.eventlens.content;

/** On-demand content is uploaded to the event; a recording is the recording of one session. */
public enum VideoKind {
    ON_DEMAND,
    RECORDING
}
