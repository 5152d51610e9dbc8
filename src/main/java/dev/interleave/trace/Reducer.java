package dev.interleave.trace;

import java.util.List;

import static dev.interleave.trace.Recording.*;

/**
 * Folds events into a {@link WorldState}, one at a time and in sequence order. Deterministic: the state after
 * events 0..N-1 depends on those events only, which is what lets rewind, replay and loaded recordings show
 * exactly what the live view showed.
 *
 * <p>The reducer works on events as the {@link Recording} stores them (type code, thread, three int fields
 * and the payload), so reducing a stored run materialises no {@link Event} per event; a single
 * {@link Event} given to {@link #apply(WorldState, Event)} is first turned into those fields by the same
 * encoder the recording uses to store it, so there is one reducer for both.
 *
 * <p>Models may be shared with copies of the state ({@link WorldState#copy()}): every change goes through
 * {@link WorldState#threadToChange} or {@link WorldState#objectToChange}, which copy a shared model first,
 * and through {@link WorldState#setState}, which keeps the counts per state.
 *
 * <p>The reducer trusts the order the traced primitives guarantee: a release is recorded before the real
 * release, an acquisition after the real acquisition, and queue, signal and condition events inside the
 * primitive's own lock. So an owner is never replaced before it let go, and counts never go negative.
 */
public final class Reducer {
    private static final Thread.State[] STATES = Thread.State.values();

    private Reducer() {}

    /** Applies every event of {@code recording} from {@code state.applied()} up to {@code end} (exclusive). */
    public static void advance(WorldState state, Recording recording, long end) {
        if (end > state.applied) {
            recording.scan(state.applied, end,
                    (seq, nanos, type, thread, a, b, c, payload) -> apply(state, seq, nanos, type, thread, a, b, c, payload));
        }
    }

    /** Applies one event; it must be the next one ({@code event.seq() == state.applied()}). */
    public static void apply(WorldState w, Event event) {
        checkNext(w, event.seq());
        Recording.encode(event, null,
                (seq, nanos, type, thread, a, b, c, payload) -> apply(w, seq, nanos, type, thread, a, b, c, payload));
    }

    private static void checkNext(WorldState w, long seq) {
        if (seq != w.applied) {
            throw new IllegalArgumentException("event " + seq + " applied to a state at " + w.applied);
        }
    }

    /** Applies one event given as its stored fields (see the type codes in {@link Recording}). */
    static void apply(WorldState w, long seq, long nanos, byte type, int thread, int a, int b, int c, Object payload) {
        checkNext(w, seq);
        w.applied = seq + 1;
        ThreadModel t = w.threadToChange(thread);
        if (t != null) {
            t.lastSeq = seq;
            if (type != STEP_PENDING && t.pendingOp != null) {
                // The thread went through the gate: what was pending is now what it does.
                t.activeOp = t.pendingOp;
                t.pendingOp = null;
                t.pendingTarget = Event.NONE;
            }
        }
        switch (type) {
            case THREAD_CREATED -> {
                ThreadInfo info = (ThreadInfo) payload;
                w.addThread(new ThreadModel(thread, info.name(), info.daemon(), info.virtual()));
            }
            case THREAD_STARTED, BARRIER_PASSED, LATCH_PASSED, SLEEP_ENDED, JOIN_ENDED -> running(w, t);
            case THREAD_TERMINATED -> terminate(w, t, (Failure) payload);
            case STATE_CHANGED -> {
                if (STATES[a] == Thread.State.RUNNABLE) {
                    running(w, t);
                    leaveWaitLists(w, t.id());
                } else {
                    waitOn(w, t, STATES[a], b);
                }
            }
            case STEP_PENDING -> {
                t.pendingOp = Op.of(a & 0xFF);
                t.pendingTarget = b;
                if (c >= 0) {
                    t.line = c;
                }
                if (payload != null) {
                    t.carrier = (String) payload;
                    w.sawCarrier(t.carrier);
                }
            }
            case OBJECT_CREATED -> {
                ObjectInfo info = (ObjectInfo) payload;
                ObjectModel model = ObjectModel.create(a, info.kind(), info.name(), info.capacity(), info.parent());
                w.addObject(model);
                if (model instanceof ObjectModel.Condition condition) {
                    w.objectToChange(condition.lock(), ObjectModel.Lock.class).conditions.add(condition.id());
                }
            }
            case LOCK_REQUESTED -> {
                if (w.object(a, ObjectModel.Lock.class).owner != t.id()) {
                    ObjectModel.Lock lock = w.objectToChange(a, ObjectModel.Lock.class);
                    if (!containsId(lock.entryQueue, t.id())) { // a recording from a file may repeat a request
                        lock.entryQueue.add(t.id());
                    }
                    if (lock.owner != Event.NONE) {
                        blocked(w, t, lock.id());
                    }
                }
            }
            case LOCK_ACQUIRED -> acquire(w, t, w.objectToChange(a, ObjectModel.Lock.class), b);
            case LOCK_RELEASED -> release(t, w.objectToChange(a, ObjectModel.Lock.class), b);
            case LOCK_TIMED_OUT -> {
                removeId(w.objectToChange(a, ObjectModel.Lock.class).entryQueue, t.id());
                running(w, t);
            }
            case WAIT_STARTED -> {
                ObjectModel.Lock lock = lockToChange(w, a);
                t.savedHold = lock.hold;
                release(t, lock, 0);
                waitSetToChange(w, a).add(t.id());
                w.setState(t, b != 0 ? Thread.State.TIMED_WAITING : Thread.State.WAITING);
                t.waitingOn = a;
            }
            case NOTIFIED -> {
                List<Integer> waitSet = waitSetToChange(w, a);
                ObjectModel.Lock lock = lockToChange(w, a);
                for (int i = 0; i < c && !waitSet.isEmpty(); i++) {
                    ThreadModel woken = w.threadToChange(waitSet.removeFirst());
                    lock.entryQueue.add(woken.id());
                    blocked(w, woken, lock.id());
                }
            }
            case WAIT_ENDED -> {
                removeId(waitSetToChange(w, a), t.id());
                acquire(w, t, lockToChange(w, a), t.savedHold);
                t.savedHold = 0;
            }
            case PERMITS_ACQUIRED -> {
                ObjectModel.Semaphore s = w.objectToChange(a, ObjectModel.Semaphore.class);
                s.available -= b;
                removeId(s.waiters, t.id());
                s.held.merge(t.id(), b, Integer::sum);
                running(w, t);
            }
            case PERMITS_RELEASED -> {
                ObjectModel.Semaphore s = w.objectToChange(a, ObjectModel.Semaphore.class);
                s.available += b;
                s.held.computeIfPresent(t.id(), (k, held) -> held > b ? held - b : null);
            }
            case BARRIER_ARRIVED -> w.objectToChange(a, ObjectModel.Barrier.class).arrived.add(t.id());
            case BARRIER_TRIPPED -> {
                ObjectModel.Barrier barrier = w.objectToChange(a, ObjectModel.Barrier.class);
                barrier.generation = b;
                barrier.arrived.clear();
                releaseWaitersOn(w, a);
            }
            case BARRIER_BROKEN -> {
                ObjectModel.Barrier barrier = w.objectToChange(a, ObjectModel.Barrier.class);
                barrier.broken = true;
                removeId(barrier.arrived, t.id());
                running(w, t);
            }
            case SIGNAL_SET -> {
                w.objectToChange(a, ObjectModel.Signal.class).set = true;
                releaseWaitersOn(w, a);
            }
            case SIGNAL_CLEARED -> w.objectToChange(a, ObjectModel.Signal.class).set = false;
            case SIGNAL_PASSED -> {
                removeId(w.objectToChange(a, ObjectModel.Signal.class).waiters, t.id());
                running(w, t);
            }
            case LATCH_COUNTED_DOWN -> {
                ObjectModel.Latch latch = w.objectToChange(a, ObjectModel.Latch.class);
                latch.count = ((long) b << 32) | (c & 0xFFFF_FFFFL);
                if (latch.count == 0) {
                    releaseWaitersOn(w, a);
                }
            }
            case ITEM_PUT -> {
                ObjectModel.Queue q = w.objectToChange(a, ObjectModel.Queue.class);
                q.items.add((String) payload);
                removeId(q.waitingToPut, t.id());
                running(w, t);
            }
            case ITEM_TAKEN -> {
                ObjectModel.Queue q = w.objectToChange(a, ObjectModel.Queue.class);
                if (!q.items.isEmpty()) {
                    q.items.removeFirst();
                }
                removeId(q.waitingToTake, t.id());
                running(w, t);
            }
            case NOTE, RELEASE_REFUSED, VALUE_READ, TEXT_READ, ALIVE_CHECKED, CAS_FAILED -> { }
            case VALUE_WRITTEN -> write(w, t, a, ((long) b << 32) | (c & 0xFFFF_FFFFL), null);
            case TEXT_WRITTEN -> write(w, t, a, 0, (String) payload);
            case COMPARE_AND_SET -> {
                CasInfo cas = (CasInfo) payload;
                if (cas.success()) {
                    write(w, t, a, cas.update(), null);
                }
            }
            case CAS_SUCCEEDED -> write(w, t, a, c, null);
            case SLEEP_STARTED -> waitOn(w, t, Thread.State.TIMED_WAITING, Event.NONE);
            case JOIN_STARTED -> {
                w.setState(t, b != 0 ? Thread.State.TIMED_WAITING : Thread.State.WAITING);
                t.joining = a;
            }
            case DEADLOCK_DETECTED -> {
                CycleInfo cycle = (CycleInfo) payload;
                w.deadlock = new Event.DeadlockDetected(seq, nanos, thread, cycle.threads(), cycle.objects(),
                        cycle.cycle());
            }
            case OUTCOME_REACHED -> w.outcome = a;
            case RUN_CANCELLED -> w.cancelled = true;
            default -> throw new IllegalStateException("unknown event type " + type + " at " + seq);
        }
    }

    private static void running(WorldState w, ThreadModel t) {
        w.setState(t, Thread.State.RUNNABLE);
        t.waitingOn = Event.NONE;
        t.joining = Event.NONE;
    }

    private static void blocked(WorldState w, ThreadModel t, int lock) {
        w.setState(t, Thread.State.BLOCKED);
        t.waitingOn = lock;
    }

    private static void acquire(WorldState w, ThreadModel t, ObjectModel.Lock lock, int hold) {
        removeId(lock.entryQueue, t.id());
        lock.owner = t.id();
        lock.hold = hold;
        if (!containsId(t.locksHeld, lock.id())) {
            t.locksHeld.add(lock.id());
        }
        running(w, t);
        for (int waiting : lock.entryQueue) {
            ThreadModel waiter = w.thread(waiting);
            if (waiter.state != Thread.State.BLOCKED || waiter.waitingOn != lock.id()) {
                blocked(w, w.threadToChange(waiting), lock.id());
            }
        }
    }

    private static void release(ThreadModel t, ObjectModel.Lock lock, int hold) {
        lock.hold = hold;
        if (hold == 0) {
            lock.owner = Event.NONE;
            removeId(t.locksHeld, lock.id());
        }
    }

    /** The lock behind a condition, or the monitor itself, ready to change. */
    private static ObjectModel.Lock lockToChange(WorldState w, int conditionOrMonitor) {
        int lock = w.object(conditionOrMonitor) instanceof ObjectModel.Condition c ? c.lock() : conditionOrMonitor;
        return w.objectToChange(lock, ObjectModel.Lock.class);
    }

    /** The wait set of a condition, or a monitor's own, ready to change. */
    private static List<Integer> waitSetToChange(WorldState w, int conditionOrMonitor) {
        ObjectModel o = w.objectToChange(conditionOrMonitor, ObjectModel.class);
        return o instanceof ObjectModel.Condition c ? c.waitSet : ((ObjectModel.Lock) o).waitSet;
    }

    /** A thread starts waiting on a semaphore, barrier, signal, latch or queue (or sleeps, with no object). */
    private static void waitOn(WorldState w, ThreadModel t, Thread.State state, int object) {
        w.setState(t, state);
        t.waitingOn = object;
        switch (w.objectToChange(object, ObjectModel.class)) {
            case ObjectModel.Semaphore s -> s.waiters.add(t.id());
            case ObjectModel.Signal s -> s.waiters.add(t.id());
            case ObjectModel.Latch l -> l.waiters.add(t.id());
            case ObjectModel.Queue q -> (t.activeOp == Op.PUT ? q.waitingToPut : q.waitingToTake).add(t.id());
            case null, default -> { }
        }
    }

    /** Everyone waiting on {@code object} may go on (a barrier tripped, a signal was set, a latch opened). */
    private static void releaseWaitersOn(WorldState w, int object) {
        for (int id = 0; id < w.threads.size(); id++) {
            ThreadModel other = w.threads.get(id);
            if (other != null && other.waitingOn == object && other.state != Thread.State.TERMINATED) {
                running(w, w.threadToChange(id));
            }
        }
        switch (w.objectToChange(object, ObjectModel.class)) {
            case ObjectModel.Signal s -> s.waiters.clear();
            case ObjectModel.Latch l -> l.waiters.clear();
            case null, default -> { }
        }
    }

    /** Takes {@code thread} off every entry queue, wait set and waiting list; copies only the objects it is on. */
    private static void leaveWaitLists(WorldState w, int thread) {
        for (int id = 0; id < w.objects.size(); id++) {
            ObjectModel o = w.objects.get(id);
            boolean on = switch (o) {
                case ObjectModel.Lock l -> containsId(l.entryQueue, thread) || containsId(l.waitSet, thread);
                case ObjectModel.Condition c -> containsId(c.waitSet, thread);
                case ObjectModel.Semaphore s -> containsId(s.waiters, thread);
                case ObjectModel.Signal s -> containsId(s.waiters, thread);
                case ObjectModel.Latch l -> containsId(l.waiters, thread);
                case ObjectModel.Queue q -> containsId(q.waitingToPut, thread) || containsId(q.waitingToTake, thread);
                case ObjectModel.Barrier b -> containsId(b.arrived, thread);
                case null, default -> false;
            };
            if (!on) {
                continue;
            }
            switch (w.objectToChange(id, ObjectModel.class)) {
                case ObjectModel.Lock l -> {
                    removeId(l.entryQueue, thread);
                    removeId(l.waitSet, thread);
                }
                case ObjectModel.Condition c -> removeId(c.waitSet, thread);
                case ObjectModel.Semaphore s -> removeId(s.waiters, thread);
                case ObjectModel.Signal s -> removeId(s.waiters, thread);
                case ObjectModel.Latch l -> removeId(l.waiters, thread);
                case ObjectModel.Queue q -> {
                    removeId(q.waitingToPut, thread);
                    removeId(q.waitingToTake, thread);
                }
                case ObjectModel.Barrier b -> removeId(b.arrived, thread);
                case null, default -> { }
            }
        }
    }

    private static void terminate(WorldState w, ThreadModel t, Failure failure) {
        leaveWaitLists(w, t.id());
        w.setState(t, Thread.State.TERMINATED);
        t.waitingOn = Event.NONE;
        t.joining = Event.NONE;
        t.pendingOp = null;
        t.exception = failure == null ? null : failure.exception();
        t.exceptionMessage = failure == null ? null : failure.message();
    }

    private static void write(WorldState w, ThreadModel t, int variable, long value, String text) {
        ObjectModel.Variable v = w.objectToChange(variable, ObjectModel.Variable.class);
        v.value = value;
        v.text = text;
        v.lastWriter = t == null ? Event.NONE : t.id();
        v.lastWriteSeq = w.applied - 1;
    }

    private static boolean containsId(List<Integer> list, int id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == id) {
                return true;
            }
        }
        return false;
    }

    /** Removes the first {@code id} from {@code list}, comparing unboxed (no Integer made for ids above 127). */
    private static void removeId(List<Integer> list, int id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == id) {
                list.remove(i);
                return;
            }
        }
    }
}
