package dev.interleave.engine.sync;

import dev.interleave.engine.Run;
import dev.interleave.engine.TracedObject;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A shared number whose every read and write is a step point, so that {@code balance -= 75} shows as the
 * read and the write it really is, and the learner can slip another thread in between.
 *
 * <p>Each single read or write is recorded together with the access (one small lock per variable orders the
 * record like the accesses), which keeps the record true without hiding the race: a read-then-write is still
 * two steps that other threads can interleave. {@link SharedInt} and {@link SharedLong} give it its type.
 */
abstract sealed class NumberVariable extends TracedObject permits SharedInt, SharedLong {
    private final AtomicLong value;

    NumberVariable(Run run, ObjectKind kind, String name, long initial) {
        super(run, kind, name, initial, -1);
        this.value = new AtomicLong(initial);
    }

    final long read() {
        int me = Run.idOf(step(Op.READ));
        synchronized (this) {
            long v = value.get();
            recording().valueRead(me, id, v);
            return v;
        }
    }

    final void write(long newValue) {
        int me = Run.idOf(step(Op.WRITE));
        synchronized (this) {
            value.set(newValue);
            recording().valueWritten(me, id, newValue);
        }
    }

    final boolean cas(long expected, long update) {
        int me = Run.idOf(step(Op.COMPARE_AND_SET));
        synchronized (this) {
            boolean success = value.compareAndSet(expected, update);
            recording().compareAndSet(me, id, expected, update, success);
            return success;
        }
    }

    final long current() {
        return value.get();
    }
}
