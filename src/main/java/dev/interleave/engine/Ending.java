package dev.interleave.engine;

/** How a run ended. */
public enum Ending {
    /** Every non-daemon lesson thread ended (normally or with an exception). */
    COMPLETED,
    /** A deadlock was detected: a wait-for cycle, or every live thread waiting forever. */
    DEADLOCK,
    /** The lesson's setup threw: nothing ran. */
    FAILED,
    /** Reset before it ended. */
    CANCELLED
}
