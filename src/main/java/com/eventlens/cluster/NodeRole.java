package com.eventlens.cluster;

/** One part of Eventlens' work that a node takes on ({@code eventlens.node.roles}). */
public enum NodeRole {

    /** Serves {@code POST /api/v1/events/{id}/interactions}: stores batches and announces them. */
    INGEST,
    /** Folds stored batches into the rollups. */
    FOLD,
    /** Serves the console's pages and every other API, and refreshes its open dashboards. */
    CONSOLE
}
