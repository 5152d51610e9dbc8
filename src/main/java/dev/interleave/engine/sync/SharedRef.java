package dev.interleave.engine.sync;

import dev.interleave.engine.Run;
import dev.interleave.engine.TracedObject;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A shared reference whose reads and writes are step points; the record holds the text form of the value.
 * Ordered like {@link SharedInt}.
 */
public final class SharedRef<T> extends TracedObject {
    private final AtomicReference<T> value;

    public SharedRef(Run run, String name, T initial) {
        super(run, ObjectKind.REFERENCE_VARIABLE, name, 0, -1);
        this.value = new AtomicReference<>(initial);
        recording().textWritten(run.currentId(), id, text(initial));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public T get() {
        int me = Run.idOf(step(Op.READ));
        synchronized (this) {
            T v = value.get();
            recording().textRead(me, id, text(v));
            return v;
        }
    }

    public void set(T newValue) {
        int me = Run.idOf(step(Op.WRITE));
        synchronized (this) {
            value.set(newValue);
            recording().textWritten(me, id, text(newValue));
        }
    }

    /** Atomically sets {@code update} if the value is (identical to) {@code expected}; one step point. */
    public boolean compareAndSet(T expected, T update) {
        int me = Run.idOf(step(Op.COMPARE_AND_SET));
        synchronized (this) {
            boolean success = value.compareAndSet(expected, update);
            if (success) {
                recording().textWritten(me, id, text(update));
            }
            return success;
        }
    }

    /** The value without a step or a record (for judging the outcome). */
    public T peek() {
        return value.get();
    }

    @Override
    public String toString() {
        return name() + "=" + Objects.toString(value.get());
    }
}
