package dev.interleave.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the recorded events say about one thread at one moment. Views read it; only the {@link Reducer}
 * (same package) changes it, on whichever single thread owns the {@link WorldState}, and only when that state
 * owns it: models are shared between a state and its copies until one of them changes (copy on write), so
 * a view must read it from the state each time rather than keep it.
 */
public final class ThreadModel {
    private final int id;
    private final String name;
    private final boolean daemon;
    private final boolean virtual;
    Thread.State state = Thread.State.NEW;
    /** The object it waits on or is blocked by, or {@link Event#NONE}. */
    int waitingOn = Event.NONE;
    /** The thread it joins, or {@link Event#NONE}. */
    int joining = Event.NONE;
    /** The operation it will perform when let through the gate, or null. */
    Op pendingOp;
    int pendingTarget = Event.NONE;
    /** The operation it performs now (after the gate), e.g. the PUT it is blocked in; null before any. */
    Op activeOp;
    int line = -1;
    final List<Integer> locksHeld;
    /** Lock hold counts put aside while waiting on a condition, restored when the wait ends. */
    int savedHold;
    String exception;
    String exceptionMessage;
    long lastSeq = -1;
    /** The carrier a virtual thread was mounted on at its latest step point, or null. */
    String carrier;
    /** The world state that may change this model in place (see {@link WorldState#threadToChange}). */
    Object owner;

    ThreadModel(int id, String name, boolean daemon, boolean virtual) {
        this.id = id;
        this.name = name;
        this.daemon = daemon;
        this.virtual = virtual;
        this.locksHeld = new ArrayList<>(2);
    }

    private ThreadModel(ThreadModel o) {
        this.id = o.id;
        this.name = o.name;
        this.daemon = o.daemon;
        this.virtual = o.virtual;
        this.state = o.state;
        this.waitingOn = o.waitingOn;
        this.joining = o.joining;
        this.pendingOp = o.pendingOp;
        this.pendingTarget = o.pendingTarget;
        this.activeOp = o.activeOp;
        this.line = o.line;
        this.locksHeld = new ArrayList<>(o.locksHeld);
        this.savedHold = o.savedHold;
        this.exception = o.exception;
        this.exceptionMessage = o.exceptionMessage;
        this.lastSeq = o.lastSeq;
        this.carrier = o.carrier;
    }

    ThreadModel copy() {
        return new ThreadModel(this);
    }

    public int id() { return id; }

    public String name() { return name; }

    public boolean daemon() { return daemon; }

    public boolean virtual() { return virtual; }

    public Thread.State state() { return state; }

    public int waitingOn() { return waitingOn; }

    public int joining() { return joining; }

    public Op pendingOp() { return pendingOp; }

    public int pendingTarget() { return pendingTarget; }

    public Op activeOp() { return activeOp; }

    /** The source line of its latest step point, or -1 when unknown. */
    public int line() { return line; }

    public List<Integer> locksHeld() { return Collections.unmodifiableList(locksHeld); }

    /** The class name of the exception it ended with, or null. */
    public String exception() { return exception; }

    public String exceptionMessage() { return exceptionMessage; }

    /** The sequence number of its latest event, or -1. */
    public long lastSeq() { return lastSeq; }

    /**
     * For a virtual thread, the carrier (platform) thread it was mounted on at its latest step point, as the
     * JVM named it, e.g. {@code ForkJoinPool-1-worker-2}; null for platform threads and before any step.
     * While the thread waits or sleeps it is unmounted: this is where it last ran, not where it is now.
     */
    public String carrier() { return carrier; }

    public boolean alive() {
        return state != Thread.State.NEW && state != Thread.State.TERMINATED;
    }

    /** At a step point, waiting for the gate (free delay, pause, or a grant in step mode). */
    public boolean atStepPoint() {
        return pendingOp != null && state != Thread.State.TERMINATED;
    }
}
