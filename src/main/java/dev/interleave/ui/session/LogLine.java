package dev.interleave.ui.session;

/**
 * One line of the event log: what happened, in words, and which thread and object it concerns (so that
 * clicking it can point them out on the stage). {@code thread} and {@code object} are -1 when none.
 */
public record LogLine(long seq, int thread, int object, String text, Kind kind) {

    /** How the line is styled. */
    public enum Kind { STEP, WAIT, PROBLEM, OUTCOME, NOTE }
}
