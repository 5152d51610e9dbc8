package dev.interleave.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the recorded events say about one traced object at one moment: one subclass per kind of object.
 * Views read it; only the {@link Reducer} changes it, and only in the state that owns it (copy on write, as
 * {@link ThreadModel}).
 */
public abstract sealed class ObjectModel {
    private final int id;
    private final ObjectKind kind;
    private final String name;
    /** The world state that may change this model in place (see {@link WorldState#objectToChange}). */
    Object owner;

    ObjectModel(int id, ObjectKind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
    }

    public int id() { return id; }

    public ObjectKind kind() { return kind; }

    public String name() { return name; }

    abstract ObjectModel copy();

    static ObjectModel create(int id, ObjectKind kind, String name, long capacity, int parent) {
        return switch (kind) {
            case LOCK, MONITOR -> new Lock(id, kind, name);
            case CONDITION -> new Condition(id, name, parent);
            case SEMAPHORE, BOUNDED_SEMAPHORE -> new Semaphore(id, kind, name, (int) capacity);
            case BARRIER -> new Barrier(id, name, (int) capacity);
            case SIGNAL -> new Signal(id, name);
            case LATCH -> new Latch(id, name, capacity);
            case QUEUE -> new Queue(id, name, (int) capacity);
            case INT_VARIABLE, LONG_VARIABLE, REFERENCE_VARIABLE -> new Variable(id, kind, name, capacity);
        };
    }

    static <T> List<T> view(List<T> list) {
        return Collections.unmodifiableList(list);
    }

    /** A lock or a monitor: owner, hold count, entry queue in arrival order; a monitor is its own wait set. */
    public static final class Lock extends ObjectModel {
        int owner = Event.NONE;
        int hold;
        final List<Integer> entryQueue;
        /** Only a monitor has its own wait set; a lock's wait sets belong to its conditions. */
        final List<Integer> waitSet;
        final List<Integer> conditions;

        Lock(int id, ObjectKind kind, String name) {
            super(id, kind, name);
            entryQueue = new ArrayList<>();
            waitSet = new ArrayList<>();
            conditions = new ArrayList<>();
        }

        private Lock(Lock o) {
            super(o.id(), o.kind(), o.name());
            owner = o.owner;
            hold = o.hold;
            entryQueue = new ArrayList<>(o.entryQueue);
            waitSet = new ArrayList<>(o.waitSet);
            conditions = new ArrayList<>(o.conditions);
        }

        @Override
        Lock copy() { return new Lock(this); }

        public int owner() { return owner; }

        public int hold() { return hold; }

        public List<Integer> entryQueue() { return view(entryQueue); }

        public List<Integer> waitSet() { return view(waitSet); }

        public List<Integer> conditions() { return view(conditions); }
    }

    /** A condition of a lock, with its wait set in arrival order. */
    public static final class Condition extends ObjectModel {
        private final int lock;
        final List<Integer> waitSet;

        Condition(int id, String name, int lock) {
            super(id, ObjectKind.CONDITION, name);
            this.lock = lock;
            waitSet = new ArrayList<>();
        }

        private Condition(Condition o) {
            super(o.id(), o.kind(), o.name());
            lock = o.lock;
            waitSet = new ArrayList<>(o.waitSet);
        }

        @Override
        Condition copy() { return new Condition(this); }

        public int lock() { return lock; }

        public List<Integer> waitSet() { return view(waitSet); }
    }

    public static final class Semaphore extends ObjectModel {
        private final int initial;
        int available;
        final List<Integer> waiters;
        /** Permits each thread holds now (acquired and not yet released by it). */
        final Map<Integer, Integer> held;

        Semaphore(int id, ObjectKind kind, String name, int permits) {
            super(id, kind, name);
            initial = permits;
            available = permits;
            waiters = new ArrayList<>();
            held = new HashMap<>();
        }

        private Semaphore(Semaphore o) {
            super(o.id(), o.kind(), o.name());
            initial = o.initial;
            available = o.available;
            waiters = new ArrayList<>(o.waiters);
            held = new HashMap<>(o.held);
        }

        @Override
        Semaphore copy() { return new Semaphore(this); }

        public int initial() { return initial; }

        public int available() { return available; }

        public List<Integer> waiters() { return view(waiters); }

        public Map<Integer, Integer> held() { return Collections.unmodifiableMap(held); }
    }

    public static final class Barrier extends ObjectModel {
        private final int parties;
        final List<Integer> arrived;
        int generation;
        boolean broken;

        Barrier(int id, String name, int parties) {
            super(id, ObjectKind.BARRIER, name);
            this.parties = parties;
            arrived = new ArrayList<>();
        }

        private Barrier(Barrier o) {
            super(o.id(), o.kind(), o.name());
            parties = o.parties;
            arrived = new ArrayList<>(o.arrived);
            generation = o.generation;
            broken = o.broken;
        }

        @Override
        Barrier copy() { return new Barrier(this); }

        public int parties() { return parties; }

        /** Threads that arrived in the current generation, in arrival order. */
        public List<Integer> arrived() { return view(arrived); }

        /** How many times it tripped. */
        public int generation() { return generation; }

        public boolean broken() { return broken; }
    }

    /** Python's {@code threading.Event}. */
    public static final class Signal extends ObjectModel {
        boolean set;
        final List<Integer> waiters;

        Signal(int id, String name) {
            super(id, ObjectKind.SIGNAL, name);
            waiters = new ArrayList<>();
        }

        private Signal(Signal o) {
            super(o.id(), o.kind(), o.name());
            set = o.set;
            waiters = new ArrayList<>(o.waiters);
        }

        @Override
        Signal copy() { return new Signal(this); }

        public boolean isSet() { return set; }

        public List<Integer> waiters() { return view(waiters); }
    }

    public static final class Latch extends ObjectModel {
        private final long initial;
        long count;
        final List<Integer> waiters;

        Latch(int id, String name, long count) {
            super(id, ObjectKind.LATCH, name);
            initial = count;
            this.count = count;
            waiters = new ArrayList<>();
        }

        private Latch(Latch o) {
            super(o.id(), o.kind(), o.name());
            initial = o.initial;
            count = o.count;
            waiters = new ArrayList<>(o.waiters);
        }

        @Override
        Latch copy() { return new Latch(this); }

        public long initial() { return initial; }

        public long count() { return count; }

        public List<Integer> waiters() { return view(waiters); }
    }

    /** A bounded queue: items head first, and who waits because it is full or empty. */
    public static final class Queue extends ObjectModel {
        private final int capacity;
        final List<String> items;
        final List<Integer> waitingToPut;
        final List<Integer> waitingToTake;

        Queue(int id, String name, int capacity) {
            super(id, ObjectKind.QUEUE, name);
            this.capacity = capacity;
            items = new ArrayList<>();
            waitingToPut = new ArrayList<>();
            waitingToTake = new ArrayList<>();
        }

        private Queue(Queue o) {
            super(o.id(), o.kind(), o.name());
            capacity = o.capacity;
            items = new ArrayList<>(o.items);
            waitingToPut = new ArrayList<>(o.waitingToPut);
            waitingToTake = new ArrayList<>(o.waitingToTake);
        }

        @Override
        Queue copy() { return new Queue(this); }

        public int capacity() { return capacity; }

        public List<String> items() { return view(items); }

        public List<Integer> waitingToPut() { return view(waitingToPut); }

        public List<Integer> waitingToTake() { return view(waitingToTake); }
    }

    /** A shared variable: its value (a number, or text for a reference) and who wrote it last. */
    public static final class Variable extends ObjectModel {
        long value;
        String text;
        int lastWriter = Event.NONE;
        long lastWriteSeq = -1;

        Variable(int id, ObjectKind kind, String name, long initial) {
            super(id, kind, name);
            value = initial;
        }

        private Variable(Variable o) {
            super(o.id(), o.kind(), o.name());
            value = o.value;
            text = o.text;
            lastWriter = o.lastWriter;
            lastWriteSeq = o.lastWriteSeq;
        }

        @Override
        Variable copy() { return new Variable(this); }

        public long value() { return value; }

        /** The text form of a reference variable's value (null for null or for numeric variables). */
        public String text() { return text; }

        /** Its value as a person reads it. */
        public String display() {
            return kind() == ObjectKind.REFERENCE_VARIABLE ? String.valueOf(text) : Long.toString(value);
        }

        public int lastWriter() { return lastWriter; }

        public long lastWriteSeq() { return lastWriteSeq; }
    }
}
