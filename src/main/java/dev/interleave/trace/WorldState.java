package dev.interleave.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything the events of a run say up to one sequence number: threads, objects, the deadlock found, the
 * outcome. It is the reduction of those events ({@link Reducer}); the live view, rewind, replay and a loaded
 * recording all show one of these.
 *
 * <p>Copies are cheap: {@link #copy()} copies the two tables of references, and the thread and object
 * models stay shared until one side changes one (the reducer then copies that model first). So a history
 * can keep many snapshots of a run with 10,000 threads, and jumping to a point copies little. For views of
 * many threads, {@link #threadCount(Thread.State)} counts threads per state in O(1).
 *
 * <p>Not thread-safe: one thread reduces into it; hand others a {@link #copy()}.
 */
public final class WorldState {
    private static final int STATES = Thread.State.values().length;

    /** Index = thread id; slot 0 (the run's controller) stays null. */
    final List<ThreadModel> threads;
    /** Index = object id. */
    final List<ObjectModel> objects;
    /** Threads per state (index: ordinal), and the virtual ones among them. */
    private final int[] inState;
    private final int[] virtualInState;
    /** The carrier threads virtual threads were seen on, in order of first sight. */
    private final List<String> carriers;
    Event.DeadlockDetected deadlock;
    int outcome = -1;
    boolean cancelled;
    /** How many events have been reduced into this state: it shows the run just before event {@code applied}. */
    long applied;
    /** Models whose owner is this token may be changed in place; others are shared with a copy. */
    private Object token = new Object();

    public WorldState() {
        threads = new ArrayList<>();
        objects = new ArrayList<>();
        inState = new int[STATES];
        virtualInState = new int[STATES];
        carriers = new ArrayList<>(4);
    }

    private WorldState(WorldState o) {
        threads = new ArrayList<>(o.threads);
        objects = new ArrayList<>(o.objects);
        inState = o.inState.clone();
        virtualInState = o.virtualInState.clone();
        carriers = new ArrayList<>(o.carriers);
        deadlock = o.deadlock;
        outcome = o.outcome;
        cancelled = o.cancelled;
        applied = o.applied;
    }

    /** A state equal to this one that changes independently of it. Costs two reference tables, not the models. */
    public WorldState copy() {
        WorldState copy = new WorldState(this);
        token = new Object(); // the models are shared now: this state must copy them before changing them too
        return copy;
    }

    // ---- for the reducer: models it may change --------------------------------------------------------

    /** The thread with this id, copied first if it is shared with another state; null if none. */
    ThreadModel threadToChange(int id) {
        ThreadModel t = thread(id);
        if (t != null && t.owner != token) {
            t = t.copy();
            t.owner = token;
            threads.set(id, t);
        }
        return t;
    }

    /** The object with this id as {@code type}, copied first if it is shared with another state; null if none. */
    <T extends ObjectModel> T objectToChange(int id, Class<T> type) {
        ObjectModel o = object(id);
        if (o != null && o.owner != token) {
            o = o.copy();
            o.owner = token;
            objects.set(id, o);
        }
        return type.isInstance(o) ? type.cast(o) : null;
    }

    void addThread(ThreadModel t) {
        while (threads.size() <= t.id()) {
            threads.add(null);
        }
        t.owner = token;
        threads.set(t.id(), t);
        count(t, 1);
    }

    void addObject(ObjectModel o) {
        while (objects.size() <= o.id()) {
            objects.add(null);
        }
        o.owner = token;
        objects.set(o.id(), o);
    }

    /** Moves {@code t} (owned by this state) to {@code state}, keeping the counts per state. */
    void setState(ThreadModel t, Thread.State state) {
        if (t.state != state) {
            count(t, -1);
            t.state = state;
            count(t, 1);
        }
    }

    private void count(ThreadModel t, int delta) {
        inState[t.state.ordinal()] += delta;
        if (t.virtual()) {
            virtualInState[t.state.ordinal()] += delta;
        }
    }

    void sawCarrier(String carrier) {
        if (!carriers.contains(carrier)) {
            carriers.add(carrier);
        }
    }

    // ---- for views --------------------------------------------------------------------------------------

    /** How many of the run's threads are in {@code state} at this point. O(1). */
    public int threadCount(Thread.State state) {
        return inState[state.ordinal()];
    }

    /** How many of the run's virtual threads are in {@code state} at this point. O(1). */
    public int virtualThreadCount(Thread.State state) {
        return virtualInState[state.ordinal()];
    }

    /** How many threads the run has created so far. O(1). */
    public int threadCount() {
        int sum = 0;
        for (int n : inState) {
            sum += n;
        }
        return sum;
    }

    /**
     * The carrier threads the run's virtual threads were seen mounted on so far (JVM names, in order of first
     * sight): the few platform threads that carry thousands of virtual ones.
     */
    public List<String> carriers() {
        return Collections.unmodifiableList(carriers);
    }

    /** The lesson's threads in id order (the run's controller is not one of them). */
    public List<ThreadModel> threads() {
        List<ThreadModel> list = new ArrayList<>(threads.size());
        for (ThreadModel t : threads) {
            if (t != null) {
                list.add(t);
            }
        }
        return list;
    }

    /** The thread with this id, or null if none was created (yet). */
    public ThreadModel thread(int id) {
        return id >= 0 && id < threads.size() ? threads.get(id) : null;
    }

    public List<ObjectModel> objects() {
        List<ObjectModel> list = new ArrayList<>(objects.size());
        for (ObjectModel o : objects) {
            if (o != null) {
                list.add(o);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** The object with this id, or null if none was created (yet). */
    public ObjectModel object(int id) {
        return id >= 0 && id < objects.size() ? objects.get(id) : null;
    }

    /** The object with this id as the given model type, or null. */
    public <T extends ObjectModel> T object(int id, Class<T> type) {
        ObjectModel o = object(id);
        return type.isInstance(o) ? type.cast(o) : null;
    }

    /** The object with this name, or null. Names are unique within a run. */
    public ObjectModel objectNamed(String name) {
        for (ObjectModel o : objects) {
            if (o != null && Objects.equals(o.name(), name)) {
                return o;
            }
        }
        return null;
    }

    /** The thread with this name, or null. */
    public ThreadModel threadNamed(String name) {
        for (ThreadModel t : threads) {
            if (t != null && t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The deadlock detected so far, or null. */
    public Event.DeadlockDetected deadlock() {
        return deadlock;
    }

    /** The index of the outcome the run reached, or -1 while it has not ended. */
    public int outcome() {
        return outcome;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** How many events were reduced: this is the state just before event {@code applied()}. */
    public long applied() {
        return applied;
    }

    /** The lock behind a condition, or the monitor itself (a monitor is its own wait set). */
    public ObjectModel.Lock lockOf(int conditionOrMonitor) {
        ObjectModel o = object(conditionOrMonitor);
        if (o instanceof ObjectModel.Condition c) {
            return object(c.lock(), ObjectModel.Lock.class);
        }
        return o instanceof ObjectModel.Lock l ? l : null;
    }
}
