package dev.interleave.engine.sync;

import dev.interleave.engine.Run;
import dev.interleave.engine.TracedObject;
import dev.interleave.trace.ObjectKind;

import java.time.Duration;

/** A traced {@link java.util.concurrent.locks.Condition} of a {@link TracedLock} (Python's {@code Condition}). */
public final class TracedCondition extends TracedObject {
    private final WaitSet waitSet;

    TracedCondition(Run run, String name, TracedLock lock) {
        super(run, ObjectKind.CONDITION, name, 0, lock.id());
        this.waitSet = new WaitSet(run, lock, id);
    }

    /** Gives up the lock and waits to be signalled; holds the lock again on return. A step point. */
    public void await() {
        waitSet.await();
    }

    /** As {@link #await()}, at most {@code timeout}; false if it timed out. */
    public boolean await(Duration timeout) {
        return waitSet.await(timeout);
    }

    /** Wakes the longest-waiting thread. A step point. */
    public void signal() {
        waitSet.signal();
    }

    /** Wakes every waiting thread. A step point. */
    public void signalAll() {
        waitSet.signalAll();
    }
}
