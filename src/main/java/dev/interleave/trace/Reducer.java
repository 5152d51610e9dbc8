package dev.interleave.trace;

import java.util.List;

/**
 * Folds events into a {@link WorldState}, one at a time and in sequence order. Deterministic: the state after
 * events 0..N-1 depends on those events only, which is what lets rewind, replay and loaded recordings show
 * exactly what the live view showed.
 *
 * <p>The reducer trusts the order the traced primitives guarantee: a release is recorded before the real
 * release, an acquisition after the real acquisition, and queue, signal and condition events inside the
 * primitive's own lock. So an owner is never replaced before it let go, and counts never go negative.
 */
public final class Reducer {
    private Reducer() {}

    /** Applies every event of {@code recording} from {@code state.applied()} up to {@code end} (exclusive). */
    public static void advance(WorldState state, Recording recording, long end) {
        for (long seq = state.applied; seq < end; seq++) {
            apply(state, recording.event(seq));
        }
    }

    /** Applies one event; it must be the next one ({@code event.seq() == state.applied()}). */
    public static void apply(WorldState w, Event event) {
        if (event.seq() != w.applied) {
            throw new IllegalArgumentException("event " + event.seq() + " applied to a state at " + w.applied);
        }
        w.applied = event.seq() + 1;
        ThreadModel t = w.thread(event.thread());
        if (t != null) {
            t.lastSeq = event.seq();
            if (!(event instanceof Event.StepPending)) {
                // The thread went through the gate: what was pending is now what it does.
                if (t.pendingOp != null) {
                    t.activeOp = t.pendingOp;
                    t.pendingOp = null;
                    t.pendingTarget = Event.NONE;
                }
            }
        }
        switch (event) {
            case Event.ThreadCreated e -> {
                while (w.threads.size() <= e.thread()) {
                    w.threads.add(null);
                }
                w.threads.set(e.thread(), new ThreadModel(e.thread(), e.name(), e.daemon(), e.virtual()));
            }
            case Event.ThreadStarted e -> running(t);
            case Event.ThreadTerminated e -> terminate(w, t, e);
            case Event.StateChanged e -> {
                if (e.state() == Thread.State.RUNNABLE) {
                    running(t);
                    leaveWaitLists(w, t.id());
                } else {
                    waitOn(w, t, e.state(), e.object());
                }
            }
            case Event.StepPending e -> {
                t.pendingOp = e.op();
                t.pendingTarget = e.target();
                if (e.line() >= 0) {
                    t.line = e.line();
                }
            }
            case Event.Note e -> { }
            case Event.ObjectCreated e -> {
                while (w.objects.size() <= e.object()) {
                    w.objects.add(null);
                }
                ObjectModel model = ObjectModel.create(e);
                w.objects.set(e.object(), model);
                if (model instanceof ObjectModel.Condition c) {
                    w.object(c.lock(), ObjectModel.Lock.class).conditions.add(c.id());
                }
            }
            case Event.LockRequested e -> {
                ObjectModel.Lock lock = w.object(e.lock(), ObjectModel.Lock.class);
                if (lock.owner != t.id()) {
                    lock.entryQueue.add(t.id());
                    if (lock.owner != Event.NONE) {
                        blocked(t, lock.id());
                    }
                }
            }
            case Event.LockAcquired e -> acquire(w, t, w.object(e.lock(), ObjectModel.Lock.class), e.hold());
            case Event.LockReleased e -> release(t, w.object(e.lock(), ObjectModel.Lock.class), e.hold());
            case Event.LockTimedOut e -> {
                w.object(e.lock(), ObjectModel.Lock.class).entryQueue.remove(Integer.valueOf(t.id()));
                running(t);
            }
            case Event.WaitStarted e -> {
                ObjectModel.Lock lock = w.lockOf(e.condition());
                t.savedHold = lock.hold;
                release(t, lock, 0);
                waitSetOf(w, e.condition()).add(t.id());
                t.state = e.timed() ? Thread.State.TIMED_WAITING : Thread.State.WAITING;
                t.waitingOn = e.condition();
            }
            case Event.Notified e -> {
                List<Integer> waitSet = waitSetOf(w, e.condition());
                ObjectModel.Lock lock = w.lockOf(e.condition());
                for (int i = 0; i < e.woken() && !waitSet.isEmpty(); i++) {
                    ThreadModel woken = w.thread(waitSet.removeFirst());
                    lock.entryQueue.add(woken.id());
                    blocked(woken, lock.id());
                }
            }
            case Event.WaitEnded e -> {
                waitSetOf(w, e.condition()).remove(Integer.valueOf(t.id()));
                acquire(w, t, w.lockOf(e.condition()), t.savedHold);
                t.savedHold = 0;
            }
            case Event.PermitsAcquired e -> {
                ObjectModel.Semaphore s = w.object(e.semaphore(), ObjectModel.Semaphore.class);
                s.available -= e.permits();
                s.waiters.remove(Integer.valueOf(t.id()));
                s.held.merge(t.id(), e.permits(), Integer::sum);
                running(t);
            }
            case Event.PermitsReleased e -> {
                ObjectModel.Semaphore s = w.object(e.semaphore(), ObjectModel.Semaphore.class);
                s.available += e.permits();
                s.held.computeIfPresent(t.id(), (k, held) -> held > e.permits() ? held - e.permits() : null);
            }
            case Event.ReleaseRefused e -> { }
            case Event.BarrierArrived e -> w.object(e.barrier(), ObjectModel.Barrier.class).arrived.add(t.id());
            case Event.BarrierTripped e -> {
                ObjectModel.Barrier b = w.object(e.barrier(), ObjectModel.Barrier.class);
                b.generation = e.generation();
                b.arrived.clear();
                releaseWaitersOn(w, b.id());
            }
            case Event.BarrierPassed e -> running(t);
            case Event.BarrierBroken e -> {
                ObjectModel.Barrier b = w.object(e.barrier(), ObjectModel.Barrier.class);
                b.broken = true;
                b.arrived.remove(Integer.valueOf(t.id()));
                running(t);
            }
            case Event.SignalSet e -> {
                w.object(e.signal(), ObjectModel.Signal.class).set = true;
                releaseWaitersOn(w, e.signal());
            }
            case Event.SignalCleared e -> w.object(e.signal(), ObjectModel.Signal.class).set = false;
            case Event.SignalPassed e -> {
                w.object(e.signal(), ObjectModel.Signal.class).waiters.remove(Integer.valueOf(t.id()));
                running(t);
            }
            case Event.LatchCountedDown e -> {
                ObjectModel.Latch l = w.object(e.latch(), ObjectModel.Latch.class);
                l.count = e.remaining();
                if (l.count == 0) {
                    releaseWaitersOn(w, l.id());
                }
            }
            case Event.LatchPassed e -> running(t);
            case Event.ItemPut e -> {
                ObjectModel.Queue q = w.object(e.queue(), ObjectModel.Queue.class);
                q.items.add(e.item());
                q.waitingToPut.remove(Integer.valueOf(t.id()));
                running(t);
            }
            case Event.ItemTaken e -> {
                ObjectModel.Queue q = w.object(e.queue(), ObjectModel.Queue.class);
                if (!q.items.isEmpty()) {
                    q.items.removeFirst();
                }
                q.waitingToTake.remove(Integer.valueOf(t.id()));
                running(t);
            }
            case Event.ValueRead e -> { }
            case Event.ValueWritten e -> write(w, t, e.variable(), e.value(), null);
            case Event.TextRead e -> { }
            case Event.TextWritten e -> write(w, t, e.variable(), 0, e.value());
            case Event.CompareAndSet e -> {
                if (e.success()) {
                    write(w, t, e.variable(), e.update(), null);
                }
            }
            case Event.SleepStarted e -> waitOn(w, t, Thread.State.TIMED_WAITING, Event.NONE);
            case Event.SleepEnded e -> running(t);
            case Event.JoinStarted e -> {
                t.state = e.timed() ? Thread.State.TIMED_WAITING : Thread.State.WAITING;
                t.joining = e.target();
            }
            case Event.JoinEnded e -> running(t);
            case Event.AliveChecked e -> { }
            case Event.DeadlockDetected e -> w.deadlock = e;
            case Event.OutcomeReached e -> w.outcome = e.outcome();
            case Event.RunCancelled e -> w.cancelled = true;
        }
    }

    private static void running(ThreadModel t) {
        t.state = Thread.State.RUNNABLE;
        t.waitingOn = Event.NONE;
        t.joining = Event.NONE;
    }

    private static void blocked(ThreadModel t, int lock) {
        t.state = Thread.State.BLOCKED;
        t.waitingOn = lock;
    }

    private static void acquire(WorldState w, ThreadModel t, ObjectModel.Lock lock, int hold) {
        lock.entryQueue.remove(Integer.valueOf(t.id()));
        lock.owner = t.id();
        lock.hold = hold;
        if (!t.locksHeld.contains(lock.id())) {
            t.locksHeld.add(lock.id());
        }
        running(t);
        for (int waiting : lock.entryQueue) {
            blocked(w.thread(waiting), lock.id());
        }
    }

    private static void release(ThreadModel t, ObjectModel.Lock lock, int hold) {
        lock.hold = hold;
        if (hold == 0) {
            lock.owner = Event.NONE;
            t.locksHeld.remove(Integer.valueOf(lock.id()));
        }
    }

    /** A thread starts waiting on a semaphore, barrier, signal, latch or queue (or sleeps, with no object). */
    private static void waitOn(WorldState w, ThreadModel t, Thread.State state, int object) {
        t.state = state;
        t.waitingOn = object;
        switch (w.object(object)) {
            case ObjectModel.Semaphore s -> s.waiters.add(t.id());
            case ObjectModel.Signal s -> s.waiters.add(t.id());
            case ObjectModel.Latch l -> l.waiters.add(t.id());
            case ObjectModel.Queue q -> (t.activeOp == Op.PUT ? q.waitingToPut : q.waitingToTake).add(t.id());
            case null, default -> { }
        }
    }

    /** Everyone waiting on {@code object} may go on (a barrier tripped, a signal was set, a latch opened). */
    private static void releaseWaitersOn(WorldState w, int object) {
        for (ThreadModel other : w.threads) {
            if (other != null && other.waitingOn == object && other.state != Thread.State.TERMINATED) {
                running(other);
            }
        }
        switch (w.object(object)) {
            case ObjectModel.Signal s -> s.waiters.clear();
            case ObjectModel.Latch l -> l.waiters.clear();
            case null, default -> { }
        }
    }

    private static void leaveWaitLists(WorldState w, int thread) {
        Integer boxed = thread;
        for (ObjectModel o : w.objects) {
            switch (o) {
                case ObjectModel.Lock l -> {
                    l.entryQueue.remove(boxed);
                    l.waitSet.remove(boxed);
                }
                case ObjectModel.Condition c -> c.waitSet.remove(boxed);
                case ObjectModel.Semaphore s -> s.waiters.remove(boxed);
                case ObjectModel.Signal s -> s.waiters.remove(boxed);
                case ObjectModel.Latch l -> l.waiters.remove(boxed);
                case ObjectModel.Queue q -> {
                    q.waitingToPut.remove(boxed);
                    q.waitingToTake.remove(boxed);
                }
                case ObjectModel.Barrier b -> b.arrived.remove(boxed);
                case null, default -> { }
            }
        }
    }

    private static void terminate(WorldState w, ThreadModel t, Event.ThreadTerminated e) {
        leaveWaitLists(w, t.id());
        t.state = Thread.State.TERMINATED;
        t.waitingOn = Event.NONE;
        t.joining = Event.NONE;
        t.pendingOp = null;
        t.exception = e.exception();
        t.exceptionMessage = e.message();
    }

    private static List<Integer> waitSetOf(WorldState w, int conditionOrMonitor) {
        ObjectModel o = w.object(conditionOrMonitor);
        return o instanceof ObjectModel.Condition c ? c.waitSet : ((ObjectModel.Lock) o).waitSet;
    }

    private static void write(WorldState w, ThreadModel t, int variable, long value, String text) {
        ObjectModel.Variable v = w.object(variable, ObjectModel.Variable.class);
        v.value = value;
        v.text = text;
        v.lastWriter = t == null ? Event.NONE : t.id();
        v.lastWriteSeq = w.applied - 1;
    }
}
