package dev.interleave.engine;

import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;
import dev.interleave.trace.Recording;

/**
 * Base of every traced primitive: it belongs to one run, has a run-unique id and name, and is announced by
 * an {@code ObjectCreated} event when made.
 */
public abstract class TracedObject {
    protected final Run run;
    protected final int id;
    private final String name;

    protected TracedObject(Run run, ObjectKind kind, String name, long capacity, int parent) {
        this.run = run;
        this.name = name;
        this.id = run.register(this, kind, name, capacity, parent);
    }

    public final int id() {
        return id;
    }

    public final String name() {
        return name;
    }

    protected final Recording recording() {
        return run.recording();
    }

    /**
     * A step point before an operation on this object: announce it, then pass the gate. Returns the calling
     * lesson thread (null on the controller), so that the operation needs no second look-up.
     */
    protected final TracedThread step(Op op) {
        return run.step(op, id);
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
