package dev.interleave.trace;

/**
 * What a thread is about to do at a step point. The engine records the ordinal; the UI turns it into words.
 * Kept in one enum so that a recording file stays readable: append new operations at the end only.
 */
public enum Op {
    START, JOIN, SLEEP,
    LOCK, TRY_LOCK, UNLOCK,
    WAIT, NOTIFY, NOTIFY_ALL,
    ACQUIRE, RELEASE,
    BARRIER_AWAIT,
    SIGNAL_SET, SIGNAL_CLEAR, SIGNAL_WAIT,
    COUNT_DOWN, LATCH_AWAIT,
    PUT, TAKE,
    READ, WRITE, COMPARE_AND_SET,
    IS_ALIVE, WORK;

    private static final Op[] VALUES = values();

    public static Op of(int ordinal) {
        return VALUES[ordinal];
    }
}
