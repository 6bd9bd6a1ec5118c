package com.eventlens.people;

import java.util.List;

/**
 * The outcome of a bulk invite: either everyone of the file was invited ({@code problems} empty), or nobody
 * was and {@code problems} lists every bad row.
 */
public record BulkInviteResult(int invited, List<Problem> problems) {

    /** What is wrong with one line of the file (line 1 is the header). */
    public record Problem(long line, String reason) {
    }

    public BulkInviteResult {
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && invited != 0) {
            throw new IllegalArgumentException("A file with problems invites nobody");
        }
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
