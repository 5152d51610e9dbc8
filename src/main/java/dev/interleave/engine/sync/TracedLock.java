package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedObject;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
    /**
     * The lesson thread that owns the lock per our records (null: free, or held by the controller). Read as a
     * volatile by any thread; written with release semantics by the thread taking or giving up the lock, just
     * before the event that says so, whose own publication orders it for readers of the recording.
     */
    volatile TracedThread owner;
    private static final VarHandle OWNER;

    static {
        try {
            OWNER = MethodHandles.lookup().findVarHandle(TracedLock.class, "owner", TracedThread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A release store: a full fence per lock and unlock is not needed (see {@link #owner}). */
    void setOwner(TracedThread thread) {
        OWNER.setRelease(this, thread);
    }

    public TracedLock(Run run, String name) {
        this(run, ObjectKind.LOCK, name);
    }

    TracedLock(Run run, ObjectKind kind, String name) {
        super(run, kind, name, 0, -1);
    }

    /** Takes the lock, waiting while another thread holds it; a step point. */
    public void lock() {
        acquire(step(Op.LOCK));
    }

    /** The lock half of {@link #lock()}, after the step point; {@code me} is the calling lesson thread or null. */
    void acquire(TracedThread me) {
        int meId = Run.idOf(me);
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
        setOwner(me);
        recording().lockAcquired(meId, id, lock.getHoldCount());
    }

    /**
     * Tries to take the lock within {@code timeout} (the deadlock lesson's back-off fix); a step point.
     * Returns whether it got the lock.
     */
    public boolean tryLock(Duration timeout) {
        TracedThread me = step(Op.TRY_LOCK);
        int meId = Run.idOf(me);
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
        release(step(Op.UNLOCK));
    }

    /** The unlock half of {@link #unlock()}, after the step point; {@code me} is the calling lesson thread or null. */
    void release(TracedThread me) {
        if (!lock.isHeldByCurrentThread()) {
            if (run.gate().closed()) {
                return; // a reset interrupted a wait that had given the lock up: the finally block has nothing to free
            }
            throw new IllegalMonitorStateException(name() + " is not held by " + Thread.currentThread().getName());
        }
        int hold = lock.getHoldCount() - 1;
        if (hold == 0) {
            setOwner(null);
        }
        recording().lockReleased(Run.idOf(me), id, hold);
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
