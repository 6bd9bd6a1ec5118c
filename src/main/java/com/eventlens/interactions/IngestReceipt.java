package com.eventlens.interactions;

/** What became of a batch: how many interactions were new, and how many had been delivered before. */
public record IngestReceipt(int accepted, int duplicates) {
}
