package dev.interleave.engine.sync;

import dev.interleave.engine.Run;
import dev.interleave.trace.ObjectKind;

/** A shared {@code long}: reads and writes are step points (see {@link NumberVariable}). */
public final class SharedLong extends NumberVariable {

    public SharedLong(Run run, String name, long initial) {
        super(run, ObjectKind.LONG_VARIABLE, name, initial);
    }

    /** Reads the value; a step point. */
    public long get() {
        return read();
    }

    /** Writes the value; a step point. */
    public void set(long newValue) {
        write(newValue);
    }

    /** Atomically sets {@code update} if the value is {@code expected}; one step point. */
    public boolean compareAndSet(long expected, long update) {
        return cas(expected, update);
    }

    /** The value without a step or a record: for judging the outcome once the threads are done. */
    public long peek() {
        return current();
    }
}
