/** Interactions: the ingest path and the append-only store of raw views, reactions, chat, polls, Q&A, hands and downloads. */
package com.eventlens.interactions;
