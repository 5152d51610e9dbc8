package dev.interleave.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where every lesson thread stops at each step point, after it announced what it will do and before it does.
 *
 * <ul>
 *   <li><b>free</b>: the thread passes after the current delay. Steps are paced globally, one step per delay
 *       across all threads, in arrival order; at delay 0 (full speed) passing costs two volatile reads, and
 *       waits only when a viewer follows the run and is too far behind ({@link ViewerPace}).</li>
 *   <li><b>paused</b>: nobody passes.</li>
 *   <li><b>step</b>: a thread passes only when {@link #grant granted} one step; the user is the scheduler.</li>
 * </ul>
 *
 * <p>In step mode one thread moves at a time: the gate hands a baton to the thread it lets through, and a
 * thread woken by that thread's step (a lock released, a condition notified) takes the baton after it, once
 * the first has reached its next step point. So a scripted schedule yields exactly the same events, in the
 * same order, every time.
 *
 * <p>Lesson threads call {@link #pass} and the baton methods; any thread (the UI's included) may call the
 * others, none of which ever waits for a lesson thread: they take the gate's own lock only for bookkeeping.
 *
 * <p>Each waiting thread waits on a condition of its own, and a change wakes only the threads it may let
 * through: a grant wakes its thread, a freed baton the granted threads and those waiting for the baton, and
 * only a change of mode or delay (or the end) wakes everyone. So with 10,000 threads at the gate a step costs
 * a few wake-ups, not 10,000; the sets of waiting threads make every look-up O(1) for the same reason.
 */
public final class Gate {

    public enum Mode { FREE, PAUSED, STEP }

    private final ReentrantLock lock = new ReentrantLock();
    private volatile Mode mode;
    private volatile long delayNanos;
    private volatile boolean closed;
    /** Threads held at the gate and not yet granted, in arrival order. Guarded by {@code lock}. */
    private final LinkedHashSet<TracedThread> waiting = new LinkedHashSet<>();
    /** Every thread waiting inside {@link #pass} or {@link #takeBaton}. Guarded by {@code lock}. */
    private final Set<TracedThread> inside = new HashSet<>();
    /** Threads inside {@link #pass} with a grant to use, waiting for the baton. Guarded by {@code lock}. */
    private final Set<TracedThread> granted = new LinkedHashSet<>();
    /** Threads waiting in {@link #takeBaton}. Guarded by {@code lock}. */
    private final Set<TracedThread> batonWaiters = new HashSet<>();
    /** Each waiting thread's own condition. Guarded by {@code lock}. */
    private final Map<TracedThread, Condition> wakeUps = new HashMap<>();
    /** When the last paced step was due, for global pacing in free mode. Guarded by {@code lock}. */
    private long lastDue;
    /** Bumped whenever the mode or the delay changes, so waiters recompute their due time. */
    private int epoch;
    /** In step mode, the one lesson thread allowed to move, or null. Written under {@code lock}. */
    private volatile TracedThread runner;
    /** At full speed, keeps the run within reach of a viewer, if one follows it. */
    private final ViewerPace pace;

    Gate(Mode mode, long delayNanos, ViewerPace pace) {
        this.mode = mode;
        this.delayNanos = delayNanos;
        this.pace = pace;
    }

    public Mode mode() {
        return mode;
    }

    public long delayNanos() {
        return delayNanos;
    }

    public void setMode(Mode newMode) {
        lock.lock();
        try {
            mode = newMode;
            runner = null;
            epoch++;
            lastDue = System.nanoTime();
            wakeAll();
        } finally {
            lock.unlock();
        }
    }

    /** The pause between two steps in free mode; 0 is full speed. */
    public void setDelay(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + nanos);
        }
        lock.lock();
        try {
            delayNanos = nanos;
            epoch++;
            lastDue = System.nanoTime();
            wakeAll();
        } finally {
            lock.unlock();
        }
    }

    /** Lets nobody wait any more: waiting threads and later arrivals get {@link RunCancelledException}. */
    void close() {
        lock.lock();
        try {
            closed = true;
            wakeAll();
        } finally {
            lock.unlock();
        }
    }

    /** True once the run is being stopped (reset, or its end): nobody waits at the gate any more. */
    public boolean closed() {
        return closed;
    }

    /**
     * Called by a lesson thread at a step point. Returns when the thread may perform its step.
     *
     * @param releasing the step only gives something up (an unlock, a release): after a reset it still
     *                  happens, so that {@code finally} blocks can clean up, and it never waits.
     * @throws RunCancelledException when the run is reset
     */
    void pass(TracedThread thread, boolean releasing) {
        if (closed) {
            if (releasing) {
                return;
            }
            throw new RunCancelledException();
        }
        if (mode == Mode.FREE && delayNanos == 0) {
            // A release never waits: it may be a reset's cleanup. The check comes first, so the common case
            // (no viewer, or one that keeps up) costs two volatile reads and makes no method reference.
            if (!releasing && pace.tooFarAhead()) {
                pace.keepUp(this::closed);
            }
            return;
        }
        lock.lock();
        try {
            if (runner == thread) {
                runner = null;
                wakeMovers();
            }
            thread.status = ThreadStatus.AT_GATE;
            waiting.add(thread);
            inside.add(thread);
            Condition wake = wakeUpOf(thread);
            int seenEpoch = -1;
            long due = 0;
            while (true) {
                if (closed) {
                    if (releasing) {
                        return;
                    }
                    throw new RunCancelledException();
                }
                if (thread.grants > 0 && (mode != Mode.STEP || runner == null)) {
                    thread.grants--;
                    if (thread.grants == 0) {
                        granted.remove(thread);
                    }
                    if (mode == Mode.STEP) {
                        runner = thread;
                    }
                    return;
                }
                switch (mode) {
                    case FREE -> {
                        if (seenEpoch != epoch) {
                            seenEpoch = epoch;
                            due = Math.max(System.nanoTime(), lastDue + delayNanos);
                            lastDue = due;
                        }
                        long left = due - System.nanoTime();
                        if (left <= 0) {
                            return;
                        }
                        wake.awaitNanos(left);
                    }
                    case PAUSED, STEP -> {
                        seenEpoch = -1;
                        wake.await();
                    }
                }
            }
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } finally {
            waiting.remove(thread);
            inside.remove(thread);
            granted.remove(thread);
            wakeUps.remove(thread);
            if (thread.status == ThreadStatus.AT_GATE) {
                thread.status = ThreadStatus.RUNNING;
            }
            lock.unlock();
        }
    }

    /**
     * In step mode, lets {@code thread} perform exactly one step. It must be waiting at a step point; a
     * thread blocked in a real primitive, sleeping, running or ended cannot be granted, and the answer says
     * why.
     */
    public GrantResult grant(TracedThread thread) {
        lock.lock();
        try {
            GrantResult check = check(thread);
            if (!check.granted()) {
                return check;
            }
            waiting.remove(thread);
            // RUNNING from now on, so that nobody takes it for settled before it reaches its next step point.
            thread.status = ThreadStatus.RUNNING;
            thread.grants++;
            granted.add(thread);
            wakeUpOf(thread).signal();
            return GrantResult.GRANTED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called by a lesson thread that a real wait just let go: in step mode it waits until the thread that
     * woke it (or any other mover) has stopped at its next step point, then moves alone. Returns at once in
     * the other modes, and when the run is reset (the interrupt stays set for the caller to act on).
     */
    void takeBaton(TracedThread thread) {
        if (mode != Mode.STEP || runner == thread) {
            return;
        }
        lock.lock();
        try {
            batonWaiters.add(thread);
            inside.add(thread);
            Condition wake = wakeUpOf(thread);
            while (mode == Mode.STEP && !closed && runner != null && runner != thread) {
                wake.await();
            }
            if (mode == Mode.STEP && !closed) {
                runner = thread;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            batonWaiters.remove(thread);
            inside.remove(thread);
            wakeUps.remove(thread);
            lock.unlock();
        }
    }

    /** Called by a lesson thread that blocks or ends: if it held the baton, another may move. */
    void dropBaton(TracedThread thread) {
        if (runner != thread) {
            return;
        }
        lock.lock();
        try {
            if (runner == thread) {
                runner = null;
                wakeMovers();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The condition {@code thread} waits on in here. Under {@code lock}. */
    private Condition wakeUpOf(TracedThread thread) {
        return wakeUps.computeIfAbsent(thread, t -> lock.newCondition());
    }

    /** The mode, the delay or the run changed: every waiting thread looks again. Under {@code lock}. */
    private void wakeAll() {
        for (TracedThread t : inside) {
            wakeUpOf(t).signal();
        }
    }

    /** The baton is free: the threads that may now take it look again. Under {@code lock}. */
    private void wakeMovers() {
        for (TracedThread t : granted) {
            wakeUpOf(t).signal();
        }
        for (TracedThread t : batonWaiters) {
            wakeUpOf(t).signal();
        }
    }

    /** What {@link #grant} would answer now, without granting anything (to enable or explain a Step button). */
    public GrantResult check(TracedThread thread) {
        lock.lock();
        try {
            if (closed) {
                return GrantResult.refused(GrantResult.Refusal.RUN_OVER);
            }
            if (mode != Mode.STEP) {
                return GrantResult.refused(GrantResult.Refusal.NOT_STEP_MODE);
            }
            return waiting.contains(thread) ? GrantResult.GRANTED : whyNotWaiting(thread);
        } finally {
            lock.unlock();
        }
    }

    private static GrantResult whyNotWaiting(TracedThread thread) {
        return switch (thread.status()) {
            case NEW -> GrantResult.refused(GrantResult.Refusal.NOT_STARTED);
            case TERMINATED -> GrantResult.refused(GrantResult.Refusal.TERMINATED);
            case TIMED -> GrantResult.refused(GrantResult.Refusal.TIMED_WAIT);
            case BLOCKED -> {
                Blocker blocker = thread.blocker();
                yield new GrantResult(GrantResult.Refusal.BLOCKED, blocker == null ? -1 : blocker.objectId());
            }
            case RUNNING, AT_GATE -> GrantResult.refused(GrantResult.Refusal.RUNNING);
        };
    }

    /** The threads held at step points, longest-waiting first. */
    public List<TracedThread> waiting() {
        lock.lock();
        try {
            return List.copyOf(waiting);
        } finally {
            lock.unlock();
        }
    }

    /** Grants a step to the thread that has waited longest; null when nobody waits (or not in step mode). */
    public TracedThread grantLongestWaiting() {
        lock.lock();
        try {
            if (mode != Mode.STEP || waiting.isEmpty()) {
                return null;
            }
            TracedThread first = waiting.getFirst();
            return grant(first).granted() ? first : null;
        } finally {
            lock.unlock();
        }
    }
}
