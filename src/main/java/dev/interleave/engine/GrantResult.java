package dev.interleave.engine;

import dev.interleave.trace.Event;

/**
 * The answer to a step grant: granted, or why not. The UI words the reason; {@code object} names what a
 * blocked thread waits on ({@link Event#NONE} otherwise).
 */
public record GrantResult(Refusal refusal, int object) {

    public enum Refusal {
        /** Granted: the thread performs one step. */
        NONE,
        /** The gate is not in step mode. */
        NOT_STEP_MODE,
        NO_SUCH_THREAD,
        NOT_STARTED,
        TERMINATED,
        /** Waiting inside a primitive (a lock held by another thread, an empty queue, ...). */
        BLOCKED,
        /** Sleeping or in a timed wait: it goes on by itself. */
        TIMED_WAIT,
        /** Between step points, e.g. just granted and still running. */
        RUNNING,
        /** The run has ended or was reset. */
        RUN_OVER
    }

    static final GrantResult GRANTED = new GrantResult(Refusal.NONE, Event.NONE);

    static GrantResult refused(Refusal refusal) {
        return new GrantResult(refusal, Event.NONE);
    }

    public boolean granted() {
        return refusal == Refusal.NONE;
    }
}
