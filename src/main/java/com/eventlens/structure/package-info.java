/**
 * Event structure: an event with its sessions, attachments, recordings, on-demand content and people as one JSON
 * document (SPEC §4) — the import {@code POST /api/v1/events}, the lookup {@code GET /api/v1/events/{id}}, the
 * list of the events an account may see and the rotation of an event's ingest token. It writes through the
 * facades of {@code events}, {@code sessions}, {@code content} and {@code people}, which know nothing of it.
 */
package com.eventlens.structure;
