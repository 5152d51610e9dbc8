package dev.interleave.engine;

/**
 * What the engine knows a lesson thread is doing right now, in real time (the recorded events may lag).
 * Used to decide whether a run is quiet (nothing can move without the user) and whether a step can be granted.
 */
public enum ThreadStatus {
    /** Created, not started. */
    NEW,
    /** Executing lesson code (or about to: granted or released by the gate). */
    RUNNING,
    /** Held at a step point by the gate. */
    AT_GATE,
    /** Waiting without a timeout inside a real primitive; {@link TracedThread#blocker()} says on what. */
    BLOCKED,
    /** Sleeping or waiting with a timeout: it will go on by itself. */
    TIMED,
    TERMINATED
}
