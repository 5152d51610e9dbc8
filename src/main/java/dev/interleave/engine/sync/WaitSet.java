package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.Op;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The wait set of a condition or a monitor: wait, notify, notify-all over a real {@link Condition}.
 *
 * <p>Our own list of waiters mirrors the real condition queue, which is first-in first-out (a signal "moves
 * the longest-waiting thread", AbstractQueuedSynchronizer.ConditionObject): both change only while the lock
 * is held. So the record of whom a notify wakes is exact, and a step-mode run replays the same way.
 */
final class WaitSet implements Blocker {
    private final Run run;
    private final TracedLock lock;
    private final int objectId;
    private final Condition condition;
    private final ConcurrentLinkedDeque<TracedThread> waiters = new ConcurrentLinkedDeque<>();

    WaitSet(Run run, TracedLock lock, int objectId) {
        this.run = run;
        this.lock = lock;
        this.objectId = objectId;
        this.condition = lock.lock.newCondition();
    }

    /** Waits until notified; the lock is given up while waiting and held again on return. */
    void await() {
        run.step(Op.WAIT, objectId);
        awaitNanos(-1);
    }

    /** Waits at most {@code timeout}; returns false if it timed out. */
    boolean await(Duration timeout) {
        run.step(Op.WAIT, objectId);
        return awaitNanos(timeout.toNanos());
    }

    private boolean awaitNanos(long nanos) {
        ensureHeld();
        TracedThread me = run.current();
        int meId = run.currentId();
        boolean timed = nanos >= 0;
        lock.owner = null;
        if (me != null) {
            waiters.addLast(me);
        }
        run.recording().waitStarted(meId, objectId, timed);
        if (me != null) {
            if (timed) {
                me.timedWait();
            } else {
                me.blockOn(this);
            }
        }
        boolean timedOut = false;
        try {
            if (timed) {
                timedOut = condition.awaitNanos(nanos) <= 0;
            } else {
                condition.await();
            }
        } catch (InterruptedException e) {
            // The real condition takes the lock back before throwing: note that, then unwind.
            waiters.remove(me);
            lock.owner = me;
            throw new RunCancelledException();
        } finally {
            if (me != null) {
                me.running();
            }
        }
        waiters.remove(me);
        lock.owner = me;
        run.recording().waitEnded(meId, objectId, timedOut);
        return !timedOut;
    }

    /** Wakes the longest-waiting thread (it then competes for the lock). */
    void signal() {
        run.step(Op.NOTIFY, objectId);
        ensureHeld();
        int woken = waiters.pollFirst() == null ? 0 : 1;
        run.recording().notified(run.currentId(), objectId, false, woken);
        condition.signal();
    }

    /** Wakes every waiting thread (they then compete for the lock). */
    void signalAll() {
        run.step(Op.NOTIFY_ALL, objectId);
        ensureHeld();
        int woken = 0;
        while (waiters.pollFirst() != null) {
            woken++;
        }
        run.recording().notified(run.currentId(), objectId, true, woken);
        condition.signalAll();
    }

    private void ensureHeld() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException(lock.name() + " is not held by " + Thread.currentThread().getName());
        }
    }

    @Override
    public int objectId() {
        return objectId;
    }

    @Override
    public boolean stillBlocks(TracedThread thread) {
        return waiters.contains(thread) || lock.stillBlocks(thread);
    }
}
