package com.eventlens.interactions;

/** Why one item of a batch was refused: its index in the batch, the field, and what is wrong with it. */
public record InteractionError(int index, String field, String message) {
}
