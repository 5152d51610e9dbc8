package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.Op;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The wait set of a condition or a monitor: wait, notify, notify-all, built the textbook way on the lock:
 * a waiter joins a first-in first-out list, gives the lock up entirely, parks on its own
 * {@link CountDownLatch}, and when woken takes the lock back (as many holds as it had).
 *
 * <p>Why not {@link java.util.concurrent.locks.Condition}: a thread interrupted in {@code Condition.await}
 * must take the lock back before it can leave, even if the lock's owner is gone, so a reset could leave it
 * stuck forever. Here every wait, including taking the lock back, is interruptible, and a notify wakes the
 * longest-waiting thread, so the record of whom it woke is exact and a step-mode run replays the same way.
 */
final class WaitSet implements Blocker {
    private final Run run;
    private final TracedLock lock;
    private final int objectId;
    private final ConcurrentLinkedDeque<Waiter> waiters = new ConcurrentLinkedDeque<>();

    /** One waiting thread and the latch it parks on. */
    private record Waiter(TracedThread thread, CountDownLatch wake) {}

    WaitSet(Run run, TracedLock lock, int objectId) {
        this.run = run;
        this.lock = lock;
        this.objectId = objectId;
    }

    /** Waits until notified; the lock is given up while waiting and held again on return. */
    void await() {
        awaitNanos(run.step(Op.WAIT, objectId), -1);
    }

    /** Waits at most {@code timeout}; returns false if it timed out. */
    boolean await(Duration timeout) {
        return awaitNanos(run.step(Op.WAIT, objectId), timeout.toNanos());
    }

    private boolean awaitNanos(TracedThread me, long nanos) {
        ensureHeld();
        int meId = Run.idOf(me);
        boolean timed = nanos >= 0;
        int holds = lock.lock.getHoldCount();
        Waiter waiter = new Waiter(me, new CountDownLatch(1));
        waiters.addLast(waiter);
        lock.setOwner(null);
        run.recording().waitStarted(meId, objectId, timed);
        if (me != null) {
            if (timed) {
                me.timedWait();
            } else {
                me.blockOn(this);
            }
        }
        for (int i = 0; i < holds; i++) {
            lock.lock.unlock();
        }
        boolean notified;
        try {
            notified = timed ? waiter.wake().await(nanos, TimeUnit.NANOSECONDS) : awaitWake(waiter);
            if (!notified && !waiters.remove(waiter)) {
                notified = true; // a notify took it off the list just as its time ran out: count the notify
            }
            if (me != null && timed) {
                me.blockOn(this);
            }
            lock.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            waiters.remove(waiter);
            throw new RunCancelledException();
        } finally {
            if (me != null) {
                me.running();
            }
        }
        for (int i = 1; i < holds; i++) {
            lock.lock.lock(); // re-entering a lock it holds: never waits
        }
        lock.setOwner(me);
        run.recording().waitEnded(meId, objectId, !notified);
        return notified;
    }

    private static boolean awaitWake(Waiter waiter) throws InterruptedException {
        waiter.wake().await();
        return true;
    }

    /** Wakes the longest-waiting thread (it then competes for the lock). */
    void signal() {
        int meId = Run.idOf(run.step(Op.NOTIFY, objectId));
        ensureHeld();
        Waiter first = waiters.pollFirst();
        run.recording().notified(meId, objectId, false, first == null ? 0 : 1);
        if (first != null) {
            first.wake().countDown();
        }
    }

    /** Wakes every waiting thread (they then compete for the lock). */
    void signalAll() {
        int meId = Run.idOf(run.step(Op.NOTIFY_ALL, objectId));
        ensureHeld();
        java.util.List<Waiter> woken = new java.util.ArrayList<>();
        for (Waiter w = waiters.pollFirst(); w != null; w = waiters.pollFirst()) {
            woken.add(w);
        }
        run.recording().notified(meId, objectId, true, woken.size());
        for (Waiter w : woken) {
            w.wake().countDown();
        }
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
        for (Waiter w : waiters) {
            if (w.thread() == thread) {
                return true;
            }
        }
        return lock.stillBlocks(thread);
    }
}
