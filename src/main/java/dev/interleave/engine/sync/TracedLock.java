package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedObject;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A traced {@link ReentrantLock} (Python's {@code RLock}; also the base of {@link TracedMonitor}).
 *
 * <p>Order of records: a release is recorded (and the owner cleared) before the real unlock, an acquisition
 * after the real lock, so the recording never shows two owners at once. Waiting for the lock is
 * interruptible, so a reset always ends it.
 */
public class TracedLock extends TracedObject implements Blocker {
    final ReentrantLock lock = new ReentrantLock();
    /** The lesson thread that owns the lock per our records (null: free, or held by the controller). */
    volatile TracedThread owner;

    public TracedLock(Run run, String name) {
        this(run, ObjectKind.LOCK, name);
    }

    TracedLock(Run run, ObjectKind kind, String name) {
        super(run, kind, name, 0, -1);
    }

    /** Takes the lock, waiting while another thread holds it; a step point. */
    public void lock() {
        step(Op.LOCK);
        acquire();
    }

    /** The lock half of {@link #lock()}, after the step point. */
    void acquire() {
        TracedThread me = run.current();
        int meId = run.currentId();
        recording().lockRequested(meId, id);
        if (!lock.tryLock()) {
            if (me != null) {
                me.blockOn(this);
                run.checkForCycle(me);
            }
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                throw new RunCancelledException();
            } finally {
                if (me != null) {
                    me.running();
                }
            }
        }
        acquired(me, meId);
    }

    /** Records that the calling thread now holds the (real) lock. */
    void acquired(TracedThread me, int meId) {
        owner = me;
        recording().lockAcquired(meId, id, lock.getHoldCount());
    }

    /**
     * Tries to take the lock within {@code timeout} (the deadlock lesson's back-off fix); a step point.
     * Returns whether it got the lock.
     */
    public boolean tryLock(Duration timeout) {
        step(Op.TRY_LOCK);
        TracedThread me = run.current();
        int meId = run.currentId();
        recording().lockRequested(meId, id);
        boolean got = lock.tryLock();
        if (!got) {
            if (me != null) {
                me.timedWait();
            }
            try {
                got = lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw new RunCancelledException();
            } finally {
                if (me != null) {
                    me.running();
                }
            }
        }
        if (got) {
            acquired(me, meId);
        } else {
            recording().lockTimedOut(meId, id);
        }
        return got;
    }

    /** Releases the lock once; a step point. Throws {@link IllegalMonitorStateException} if not held. */
    public void unlock() {
        step(Op.UNLOCK);
        release();
    }

    void release() {
        if (!lock.isHeldByCurrentThread()) {
            if (run.gate().closed()) {
                return; // a reset interrupted a wait that had given the lock up: the finally block has nothing to free
            }
            throw new IllegalMonitorStateException(name() + " is not held by " + Thread.currentThread().getName());
        }
        int hold = lock.getHoldCount() - 1;
        if (hold == 0) {
            owner = null;
        }
        recording().lockReleased(run.currentId(), id, hold);
        lock.unlock();
    }

    /** Runs {@code body} holding the lock, like a {@code with lock:} block in Python. */
    public void locked(Runnable body) {
        lock();
        try {
            body.run();
        } finally {
            unlock();
        }
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** A new condition of this lock. */
    public TracedCondition newCondition(String name) {
        return new TracedCondition(run, name, this);
    }

    @Override
    public int objectId() {
        return id;
    }

    @Override
    public boolean stillBlocks(TracedThread thread) {
        TracedThread holder = owner;
        return holder != null && holder != thread;
    }

    @Override
    public TracedThread holder() {
        return owner;
    }
}
