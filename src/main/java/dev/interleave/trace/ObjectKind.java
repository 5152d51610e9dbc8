package dev.interleave.trace;

/** The kinds of traced objects a run can create. Append only: the ordinal is stored in recordings. */
public enum ObjectKind {
    /** A {@code ReentrantLock}. */
    LOCK,
    /** An intrinsic monitor ({@code synchronized} / wait / notify); it is its own wait set. */
    MONITOR,
    /** A {@code Condition} of a {@link #LOCK}; its parent is that lock. */
    CONDITION,
    SEMAPHORE,
    /** Python's {@code BoundedSemaphore}: releasing beyond the initial permits is an error. */
    BOUNDED_SEMAPHORE,
    BARRIER,
    /** Python's {@code threading.Event}: set, clear, wait. */
    SIGNAL,
    LATCH,
    QUEUE,
    INT_VARIABLE,
    LONG_VARIABLE,
    REFERENCE_VARIABLE;

    private static final ObjectKind[] VALUES = values();

    public static ObjectKind of(int ordinal) {
        return VALUES[ordinal];
    }

    public boolean isLock() {
        return this == LOCK || this == MONITOR;
    }

    public boolean isVariable() {
        return this == INT_VARIABLE || this == LONG_VARIABLE || this == REFERENCE_VARIABLE;
    }

    public boolean isSemaphore() {
        return this == SEMAPHORE || this == BOUNDED_SEMAPHORE;
    }
}
