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
 * <p>Not thread-safe: one thread reduces into it; hand others a {@link #copy()}.
 */
public final class WorldState {
    /** Index = thread id; slot 0 (the run's controller) stays null. */
    final List<ThreadModel> threads;
    /** Index = object id. */
    final List<ObjectModel> objects;
    Event.DeadlockDetected deadlock;
    int outcome = -1;
    boolean cancelled;
    /** How many events have been reduced into this state: it shows the run just before event {@code applied}. */
    long applied;

    public WorldState() {
        threads = new ArrayList<>();
        objects = new ArrayList<>();
    }

    private WorldState(WorldState o) {
        threads = new ArrayList<>(o.threads.size());
        for (ThreadModel t : o.threads) {
            threads.add(t == null ? null : t.copy());
        }
        objects = new ArrayList<>(o.objects.size());
        for (ObjectModel m : o.objects) {
            objects.add(m == null ? null : m.copy());
        }
        deadlock = o.deadlock;
        outcome = o.outcome;
        cancelled = o.cancelled;
        applied = o.applied;
    }

    public WorldState copy() {
        return new WorldState(this);
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
