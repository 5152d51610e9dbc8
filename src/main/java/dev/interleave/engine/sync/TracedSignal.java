package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedObject;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Python's {@code threading.Event}: {@link #set()}, {@link #clear()}, {@link #await()}. Built as CPython builds
 * it, on a lock and a condition: a waiter wakes when the flag is set, even if it is cleared again at once.
 * Every change is recorded inside the lock.
 */
public final class TracedSignal extends TracedObject implements Blocker {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean set;
    /** Counts the sets, so that a waiter notices a set that was cleared before it woke. */
    private volatile long sets;
    private final Map<TracedThread, Long> waitingSince = new ConcurrentHashMap<>();

    public TracedSignal(Run run, String name) {
        super(run, ObjectKind.SIGNAL, name, 0, -1);
    }

    /** Sets the flag and wakes every waiter; a step point. */
    public void set() {
        int me = Run.idOf(step(Op.SIGNAL_SET));
        lock.lock();
        try {
            set = true;
            sets++;
            recording().signalSet(me, id);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Clears the flag; a step point. */
    public void clear() {
        int me = Run.idOf(step(Op.SIGNAL_CLEAR));
        lock.lock();
        try {
            set = false;
            recording().signalCleared(me, id);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the flag is set; a step point. */
    public void await() {
        awaitNanos(-1);
    }

    /** Waits at most {@code timeout}; returns whether the flag was set (Python's {@code wait(timeout)}). */
    public boolean await(Duration timeout) {
        return awaitNanos(timeout.toNanos());
    }

    private boolean awaitNanos(long nanos) {
        TracedThread me = step(Op.SIGNAL_WAIT);
        int meId = Run.idOf(me);
        boolean timed = nanos >= 0;
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        }
        try {
            long since = sets;
            boolean passed = set;
            if (!passed) {
                recording().stateChanged(meId, timed ? Thread.State.TIMED_WAITING : Thread.State.WAITING, id);
                if (me != null) {
                    waitingSince.put(me, since);
                    if (timed) {
                        me.timedWait();
                    } else {
                        me.blockOn(this);
                    }
                }
                try {
                    long left = nanos;
                    while (!set && sets == since && (!timed || left > 0)) {
                        if (timed) {
                            left = changed.awaitNanos(left);
                        } else {
                            changed.await();
                        }
                    }
                } finally {
                    if (me != null) {
                        waitingSince.remove(me);
                        me.running();
                    }
                }
                passed = set || sets != since;
            }
            recording().signalPassed(meId, id, !passed);
            return passed;
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the flag is set, without a step (for judging the outcome). */
    public boolean isSet() {
        return set;
    }

    @Override
    public int objectId() {
        return id;
    }

    @Override
    public boolean stillBlocks(TracedThread thread) {
        Long since = waitingSince.get(thread);
        return since != null && !set && sets == since;
    }
}
