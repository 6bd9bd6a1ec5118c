package com.eventlens.interactions;

/** What a player reported. */
public enum InteractionType {
    VIEW,
    REACTION,
    CHAT_MESSAGE,
    POLL_ANSWER,
    QA_THREAD,
    RAISED_HAND,
    ATTACHMENT_DOWNLOAD
}
