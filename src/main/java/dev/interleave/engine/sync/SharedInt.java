package dev.interleave.engine.sync;

import dev.interleave.engine.Run;
import dev.interleave.trace.ObjectKind;

/** A shared {@code int}: reads and writes are step points (see {@link NumberVariable}). */
public final class SharedInt extends NumberVariable {

    public SharedInt(Run run, String name, int initial) {
        super(run, ObjectKind.INT_VARIABLE, name, initial);
    }

    /** Reads the value; a step point. */
    public int get() {
        return (int) read();
    }

    /** Writes the value; a step point. */
    public void set(int newValue) {
        write(newValue);
    }

    /** Atomically sets {@code update} if the value is {@code expected}; one step point. */
    public boolean compareAndSet(int expected, int update) {
        return cas(expected, update);
    }

    /** The value without a step or a record: for judging the outcome once the threads are done. */
    public int peek() {
        return (int) current();
    }
}
