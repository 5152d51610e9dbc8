package dev.interleave.trace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only log of a run's events, safe for any number of producer threads and lossless.
 *
 * <p>Storage is columnar ({@link Columns}): three columns per event (20 bytes): the time (an {@code int}
 * offset from its chunk's base time, see {@link Columns.Chunk}); a head packing the type (8 bits), the
 * thread id (16 bits) and the first field {@code a} (32 bits); a tail packing the second and third fields
 * {@code b} and {@code c}. Three columns rather than six keep the stores of one event to three cache lines.
 * Variable-sized parts (names, texts, rare events) are interned once in {@link Payloads} and referred to by
 * index from {@code a} or {@code b} (see {@link #payloadIndex}).
 * Appending allocates nothing but the occasional chunk.
 *
 * <p>Producers claim a sequence number with one atomic increment, fill their slot and publish it.
 * {@link #size()} is the length of the published prefix, so a reader sees every event up to it, with no
 * gaps, in sequence order. Readers may be any threads; the UI reads from its own thread while producers keep
 * writing.
 *
 * <p><b>Past the memory cap</b> ({@link RecordingLimits}; by default the size of a quarter of the heap, in
 * direct memory past the first chunks) the oldest events are spilled to a temporary file and {@link #event}
 * reads them back from there: slower, but nothing is lost and the readers' API is the same. Without a spill
 * directory, or once the disk refused the file, the oldest events are dropped instead:
 * {@link #firstAvailable()} rises and {@link #event} throws {@link IndexOutOfBoundsException} below it. At
 * 2^31 events the recording stops taking events (the lesson goes on). {@link #overflow()} says which of these
 * happened, for the UI to tell the user.
 */
public final class Recording {
    private static final Thread.State[] STATES = Thread.State.values();

    // Type codes: 0 is reserved for "slot not yet published". The comment after each says what a, b and c
    // hold; "payload" is an index into the interned payloads (-1: none).
    static final byte
            THREAD_CREATED = 1,     // a: payload ThreadInfo
            THREAD_STARTED = 2,     // a: by
            THREAD_TERMINATED = 3,  // a: payload Failure, or -1 when it returned
            STATE_CHANGED = 4,      // a: Thread.State ordinal, b: object
            STEP_PENDING = 5,       // a: op ordinal (bits 0-7) and payload carrier + 1 (bits 8-31), b: target, c: line
            NOTE = 6,               // a: payload NoteInfo
            OBJECT_CREATED = 7,     // a: object, b: payload ObjectInfo
            LOCK_REQUESTED = 8,     // a: lock
            LOCK_ACQUIRED = 9,      // a: lock, b: hold
            LOCK_RELEASED = 10,     // a: lock, b: hold
            LOCK_TIMED_OUT = 11,    // a: lock
            WAIT_STARTED = 12,      // a: condition, b: timed
            NOTIFIED = 13,          // a: condition, b: all, c: woken
            WAIT_ENDED = 14,        // a: condition, b: timed out
            PERMITS_ACQUIRED = 15,  // a: semaphore, b: permits
            PERMITS_RELEASED = 16,  // a: semaphore, b: permits
            RELEASE_REFUSED = 17,   // a: semaphore
            BARRIER_ARRIVED = 18,   // a: barrier
            BARRIER_TRIPPED = 19,   // a: barrier, b: generation
            BARRIER_PASSED = 20,    // a: barrier, b: generation
            BARRIER_BROKEN = 21,    // a: barrier, b: by timeout
            SIGNAL_SET = 22,        // a: signal
            SIGNAL_CLEARED = 23,    // a: signal
            SIGNAL_PASSED = 24,     // a: signal, b: timed out
            LATCH_COUNTED_DOWN = 25, // a: latch, b c: remaining (high, low)
            LATCH_PASSED = 26,      // a: latch
            ITEM_PUT = 27,          // a: queue, b: payload item text, c: size
            ITEM_TAKEN = 28,        // a: queue, b: payload item text, c: size
            VALUE_READ = 29,        // a: variable, b c: value (high, low)
            VALUE_WRITTEN = 30,     // a: variable, b c: value (high, low)
            TEXT_READ = 31,         // a: variable, b: payload text
            TEXT_WRITTEN = 32,      // a: variable, b: payload text
            COMPARE_AND_SET = 33,   // a: variable, b: payload CasInfo
            SLEEP_STARTED = 34,     // a b: millis (high, low)
            SLEEP_ENDED = 35,       //
            JOIN_STARTED = 36,      // a: target, b: timed
            JOIN_ENDED = 37,        // a: target, b: target alive
            ALIVE_CHECKED = 38,     // a: target, b: alive
            DEADLOCK_DETECTED = 39, // a: payload CycleInfo
            OUTCOME_REACHED = 40,   // a: outcome
            RUN_CANCELLED = 41,     //
            // The common compare-and-set, on values that fit an int, without a payload (a CAS in a loop
            // would otherwise intern one per event): the outcome is in the type.
            CAS_SUCCEEDED = 42,     // a: variable, b: expected, c: update
            CAS_FAILED = 43;        // a: variable, b: expected, c: update

    // Rare events with more fields than the columns hold are interned whole (minus seq, time and thread).
    record ThreadInfo(String name, boolean daemon, boolean virtual, int parent) {}

    record Failure(String exception, String message) {}

    record ObjectInfo(ObjectKind kind, String name, long capacity, int parent) {}

    record NoteInfo(String key, List<String> args) {}

    record CasInfo(long expected, long update, boolean success) {}

    record CycleInfo(List<Integer> threads, List<Integer> objects, boolean cycle) {}

    /** One event's stored fields, its payload resolved (null if it has none): what readers of columns get. */
    @FunctionalInterface
    interface Fields {
        void accept(long seq, long nanos, byte type, int thread, int a, int b, int c, Object payload);
    }

    /** What became of the events past the memory cap, for the user to be told. */
    public enum Overflow {
        /** Everything is in memory. */
        NONE,
        /** The oldest events are in {@link #spillFile()}; all can still be read. */
        SPILLED,
        /** The oldest events were dropped: events below {@link #firstAvailable()} are gone. */
        DROPPED,
        /** The recording holds 2^31 events and takes no more ({@link #refusedEvents()}). */
        FULL
    }

    private final Columns columns;
    private final Payloads payloads = new Payloads();
    private final long origin = System.nanoTime();

    /** A recording with the {@link RecordingLimits#defaults() default limits}. */
    public Recording() {
        this(RecordingLimits.defaults());
    }

    public Recording(RecordingLimits limits) {
        columns = new Columns(limits, this);
    }

    /** The number of events published so far: every event below this sequence number was recorded. */
    public long size() {
        return columns.size();
    }

    /** Nanoseconds since this recording began; the clock of {@link Event#nanos()}. */
    public long now() {
        return System.nanoTime() - origin;
    }

    private long put(byte type, int thread, int a, int b, int c) {
        return put(type, thread, a, b, c, now());
    }

    private long put(byte type, int thread, int a, int b, int c, long nanos) {
        return columns.append(nanos, (type & 0xFFL) | (thread & 0xFFFFL) << 8 | (long) a << 32, join(b, c));
    }

    private static int hi(long value) {
        return (int) (value >>> 32);
    }

    private static int lo(long value) {
        return (int) value;
    }

    private static long join(int hi, int lo) {
        return ((long) hi << 32) | (lo & 0xFFFF_FFFFL);
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }

    /** Where the payload of an event of {@code type} is: the index held in {@code a} or {@code b}, or -1. */
    static int payloadIndex(byte type, int a, int b) {
        return switch (type) {
            case THREAD_CREATED, THREAD_TERMINATED, NOTE, DEADLOCK_DETECTED -> a;
            case STEP_PENDING -> (a >>> 8) - 1;
            case OBJECT_CREATED, ITEM_PUT, ITEM_TAKEN, TEXT_READ, TEXT_WRITTEN, COMPARE_AND_SET -> b;
            default -> -1;
        };
    }

    private static int stepOp(Op op, int carrier) {
        return op.ordinal() | (carrier + 1) << 8;
    }

    // ---- appending: one method per event type; each returns the event's sequence number -------------------

    public long threadCreated(int thread, String name, boolean daemon, boolean virtual, int parent) {
        return put(THREAD_CREATED, thread, payloads.intern(new ThreadInfo(name, daemon, virtual, parent)), 0, 0);
    }

    public long threadStarted(int thread, int by) {
        return put(THREAD_STARTED, thread, by, 0, 0);
    }

    public long threadTerminated(int thread, String exception, String message) {
        int failure = exception == null ? -1 : payloads.intern(new Failure(exception, message));
        return put(THREAD_TERMINATED, thread, failure, 0, 0);
    }

    public long stateChanged(int thread, Thread.State state, int object) {
        return put(STATE_CHANGED, thread, state.ordinal(), object, 0);
    }

    public long stepPending(int thread, Op op, int target, int line) {
        return put(STEP_PENDING, thread, stepOp(op, -1), target, line);
    }

    /** A step point of a virtual thread mounted on the carrier thread named {@code carrier} (null: unknown). */
    public long stepPending(int thread, Op op, int target, int line, String carrier) {
        return put(STEP_PENDING, thread, stepOp(op, payloads.intern(carrier)), target, line);
    }

    public long note(int thread, String key, List<String> args) {
        return put(NOTE, thread, payloads.intern(new NoteInfo(key, List.copyOf(args))), 0, 0);
    }

    public long objectCreated(int thread, int object, ObjectKind kind, String name, long capacity, int parent) {
        return put(OBJECT_CREATED, thread, object, payloads.intern(new ObjectInfo(kind, name, capacity, parent)), 0);
    }

    public long lockRequested(int thread, int lock) {
        return put(LOCK_REQUESTED, thread, lock, 0, 0);
    }

    public long lockAcquired(int thread, int lock, int hold) {
        return put(LOCK_ACQUIRED, thread, lock, hold, 0);
    }

    public long lockReleased(int thread, int lock, int hold) {
        return put(LOCK_RELEASED, thread, lock, hold, 0);
    }

    public long lockTimedOut(int thread, int lock) {
        return put(LOCK_TIMED_OUT, thread, lock, 0, 0);
    }

    public long waitStarted(int thread, int condition, boolean timed) {
        return put(WAIT_STARTED, thread, condition, flag(timed), 0);
    }

    public long notified(int thread, int condition, boolean all, int woken) {
        return put(NOTIFIED, thread, condition, flag(all), woken);
    }

    public long waitEnded(int thread, int condition, boolean timedOut) {
        return put(WAIT_ENDED, thread, condition, flag(timedOut), 0);
    }

    public long permitsAcquired(int thread, int semaphore, int permits) {
        return put(PERMITS_ACQUIRED, thread, semaphore, permits, 0);
    }

    public long permitsReleased(int thread, int semaphore, int permits) {
        return put(PERMITS_RELEASED, thread, semaphore, permits, 0);
    }

    public long releaseRefused(int thread, int semaphore) {
        return put(RELEASE_REFUSED, thread, semaphore, 0, 0);
    }

    public long barrierArrived(int thread, int barrier) {
        return put(BARRIER_ARRIVED, thread, barrier, 0, 0);
    }

    public long barrierTripped(int thread, int barrier, int generation) {
        return put(BARRIER_TRIPPED, thread, barrier, generation, 0);
    }

    public long barrierPassed(int thread, int barrier, int generation) {
        return put(BARRIER_PASSED, thread, barrier, generation, 0);
    }

    public long barrierBroken(int thread, int barrier, boolean byTimeout) {
        return put(BARRIER_BROKEN, thread, barrier, flag(byTimeout), 0);
    }

    public long signalSet(int thread, int signal) {
        return put(SIGNAL_SET, thread, signal, 0, 0);
    }

    public long signalCleared(int thread, int signal) {
        return put(SIGNAL_CLEARED, thread, signal, 0, 0);
    }

    public long signalPassed(int thread, int signal, boolean timedOut) {
        return put(SIGNAL_PASSED, thread, signal, flag(timedOut), 0);
    }

    public long latchCountedDown(int thread, int latch, long remaining) {
        return put(LATCH_COUNTED_DOWN, thread, latch, hi(remaining), lo(remaining));
    }

    public long latchPassed(int thread, int latch) {
        return put(LATCH_PASSED, thread, latch, 0, 0);
    }

    public long itemPut(int thread, int queue, String item, int size) {
        return put(ITEM_PUT, thread, queue, payloads.intern(item), size);
    }

    public long itemTaken(int thread, int queue, String item, int size) {
        return put(ITEM_TAKEN, thread, queue, payloads.intern(item), size);
    }

    public long valueRead(int thread, int variable, long value) {
        return put(VALUE_READ, thread, variable, hi(value), lo(value));
    }

    public long valueWritten(int thread, int variable, long value) {
        return put(VALUE_WRITTEN, thread, variable, hi(value), lo(value));
    }

    public long textRead(int thread, int variable, String value) {
        return put(TEXT_READ, thread, variable, payloads.intern(value), 0);
    }

    public long textWritten(int thread, int variable, String value) {
        return put(TEXT_WRITTEN, thread, variable, payloads.intern(value), 0);
    }

    public long compareAndSet(int thread, int variable, long expected, long update, boolean success) {
        if (fitsInt(expected) && fitsInt(update)) {
            return put(success ? CAS_SUCCEEDED : CAS_FAILED, thread, variable, (int) expected, (int) update);
        }
        return put(COMPARE_AND_SET, thread, variable, payloads.intern(new CasInfo(expected, update, success)), 0);
    }

    private static boolean fitsInt(long value) {
        return value == (int) value;
    }

    public long sleepStarted(int thread, long millis) {
        return put(SLEEP_STARTED, thread, hi(millis), lo(millis), 0);
    }

    public long sleepEnded(int thread) {
        return put(SLEEP_ENDED, thread, 0, 0, 0);
    }

    public long joinStarted(int thread, int target, boolean timed) {
        return put(JOIN_STARTED, thread, target, flag(timed), 0);
    }

    public long joinEnded(int thread, int target, boolean targetAlive) {
        return put(JOIN_ENDED, thread, target, flag(targetAlive), 0);
    }

    public long aliveChecked(int thread, int target, boolean alive) {
        return put(ALIVE_CHECKED, thread, target, flag(alive), 0);
    }

    public long deadlockDetected(int thread, List<Integer> threads, List<Integer> objects, boolean cycle) {
        return put(DEADLOCK_DETECTED, thread,
                payloads.intern(new CycleInfo(List.copyOf(threads), List.copyOf(objects), cycle)), 0, 0);
    }

    public long outcomeReached(int thread, int outcome) {
        return put(OUTCOME_REACHED, thread, outcome, 0, 0);
    }

    public long runCancelled(int thread) {
        return put(RUN_CANCELLED, thread, 0, 0, 0);
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /**
     * The event with sequence number {@code seq}, which must be below {@link #size()} and, if events were
     * dropped, at least {@link #firstAvailable()}. Events spilled to disk are read back from there.
     */
    public Event event(long seq) {
        checkReadable(seq, seq + 1);
        Columns.Chunk chunk = columns.chunk(seq);
        int i = Columns.slot(seq);
        long head = chunk.head(i);
        long tail = chunk.tail(i);
        byte type = (byte) head;
        int a = (int) (head >>> 32);
        int b = hi(tail);
        return decode(seq, chunk.nanos(i), type, (int) (head >>> 8) & 0xFFFF, a, b, lo(tail),
                payloads.get(payloadIndex(type, a, b)));
    }

    private void checkReadable(long from, long to) {
        if (from < 0 || to > columns.knownSize() && to > size() || from > to) {
            throw new IndexOutOfBoundsException("events " + from + ".." + to + " of " + size());
        }
    }

    /** Calls {@code action} with every event from {@code from} (inclusive) to {@code to} (exclusive). */
    public void forEach(long from, long to, Consumer<? super Event> action) {
        for (long seq = from; seq < to; seq++) {
            action.accept(event(seq));
        }
    }

    /**
     * Hands {@code fields} the stored fields of every event from {@code from} to {@code to} (exclusive), in
     * order, without materialising events: the reducer's fast path.
     */
    void scan(long from, long to, Fields fields) {
        checkReadable(from, to);
        long seq = from;
        while (seq < to) {
            Columns.Chunk chunk = columns.chunk(seq);
            int start = Columns.slot(seq);
            int end = (int) Math.min(Columns.CHUNK_SIZE, start + (to - seq));
            for (int i = start; i < end; i++, seq++) {
                long head = chunk.head(i);
                long tail = chunk.tail(i);
                byte type = (byte) head;
                int a = (int) (head >>> 32);
                int b = hi(tail);
                int payload = payloadIndex(type, a, b);
                fields.accept(seq, chunk.nanos(i), type, (int) (head >>> 8) & 0xFFFF, a, b, lo(tail),
                        payload < 0 ? null : payloads.get(payload));
            }
        }
    }

    /** The time of event {@code seq}, without materialising it (for views that scan many events). */
    public long nanosOf(long seq) {
        return columns.chunk(seq).nanos(Columns.slot(seq));
    }

    /** The thread of event {@code seq}, without materialising it. */
    public int threadOf(long seq) {
        return (int) (columns.chunk(seq).head(Columns.slot(seq)) >>> 8) & 0xFFFF;
    }

    // ---- the memory cap ----------------------------------------------------------------------------------

    /** What became of the events past the memory cap: the UI tells the user when this is not NONE. */
    public Overflow overflow() {
        if (columns.refusedEvents() > 0) {
            return Overflow.FULL;
        }
        if (columns.firstAvailable() > 0) {
            return Overflow.DROPPED;
        }
        return columns.spilledEvents() > 0 ? Overflow.SPILLED : Overflow.NONE;
    }

    /** How many events are kept in memory at most; the older ones are spilled or dropped. */
    public long memoryCapEvents() {
        return columns.memoryCapEvents();
    }

    /** The first event that can still be read: 0 unless events were {@link Overflow#DROPPED dropped}. */
    public long firstAvailable() {
        return columns.firstAvailable();
    }

    /** How many events were dropped (all those below {@link #firstAvailable()}). */
    public long droppedEvents() {
        return firstAvailable();
    }

    /** How many events now live in the spill file (still readable, from disk). */
    public long spilledEvents() {
        return columns.spilledEvents();
    }

    /** How many events were not recorded at all because the recording was full (2^31 events). */
    public long refusedEvents() {
        return columns.refusedEvents();
    }

    /** The file holding spilled events, or null when nothing is spilled. Deleted with the recording. */
    public Path spillFile() {
        return columns.spillFile();
    }

    // ---- between events and columns ------------------------------------------------------------------------

    Event decode(long seq, long t, byte type, int th, int a, int b, int c, Object payload) {
        return switch (type) {
            case THREAD_CREATED -> {
                ThreadInfo info = (ThreadInfo) payload;
                yield new Event.ThreadCreated(seq, t, th, info.name(), info.daemon(), info.virtual(), info.parent());
            }
            case THREAD_STARTED -> new Event.ThreadStarted(seq, t, th, a);
            case THREAD_TERMINATED -> payload instanceof Failure failure
                    ? new Event.ThreadTerminated(seq, t, th, failure.exception(), failure.message())
                    : new Event.ThreadTerminated(seq, t, th, null, null);
            case STATE_CHANGED -> new Event.StateChanged(seq, t, th, STATES[a], b);
            case STEP_PENDING -> new Event.StepPending(seq, t, th, Op.of(a & 0xFF), b, c, (String) payload);
            case NOTE -> {
                NoteInfo info = (NoteInfo) payload;
                yield new Event.Note(seq, t, th, info.key(), info.args());
            }
            case OBJECT_CREATED -> {
                ObjectInfo info = (ObjectInfo) payload;
                yield new Event.ObjectCreated(seq, t, th, a, info.kind(), info.name(), info.capacity(), info.parent());
            }
            case LOCK_REQUESTED -> new Event.LockRequested(seq, t, th, a);
            case LOCK_ACQUIRED -> new Event.LockAcquired(seq, t, th, a, b);
            case LOCK_RELEASED -> new Event.LockReleased(seq, t, th, a, b);
            case LOCK_TIMED_OUT -> new Event.LockTimedOut(seq, t, th, a);
            case WAIT_STARTED -> new Event.WaitStarted(seq, t, th, a, b != 0);
            case NOTIFIED -> new Event.Notified(seq, t, th, a, b != 0, c);
            case WAIT_ENDED -> new Event.WaitEnded(seq, t, th, a, b != 0);
            case PERMITS_ACQUIRED -> new Event.PermitsAcquired(seq, t, th, a, b);
            case PERMITS_RELEASED -> new Event.PermitsReleased(seq, t, th, a, b);
            case RELEASE_REFUSED -> new Event.ReleaseRefused(seq, t, th, a);
            case BARRIER_ARRIVED -> new Event.BarrierArrived(seq, t, th, a);
            case BARRIER_TRIPPED -> new Event.BarrierTripped(seq, t, th, a, b);
            case BARRIER_PASSED -> new Event.BarrierPassed(seq, t, th, a, b);
            case BARRIER_BROKEN -> new Event.BarrierBroken(seq, t, th, a, b != 0);
            case SIGNAL_SET -> new Event.SignalSet(seq, t, th, a);
            case SIGNAL_CLEARED -> new Event.SignalCleared(seq, t, th, a);
            case SIGNAL_PASSED -> new Event.SignalPassed(seq, t, th, a, b != 0);
            case LATCH_COUNTED_DOWN -> new Event.LatchCountedDown(seq, t, th, a, join(b, c));
            case LATCH_PASSED -> new Event.LatchPassed(seq, t, th, a);
            case ITEM_PUT -> new Event.ItemPut(seq, t, th, a, (String) payload, c);
            case ITEM_TAKEN -> new Event.ItemTaken(seq, t, th, a, (String) payload, c);
            case VALUE_READ -> new Event.ValueRead(seq, t, th, a, join(b, c));
            case VALUE_WRITTEN -> new Event.ValueWritten(seq, t, th, a, join(b, c));
            case TEXT_READ -> new Event.TextRead(seq, t, th, a, (String) payload);
            case TEXT_WRITTEN -> new Event.TextWritten(seq, t, th, a, (String) payload);
            case COMPARE_AND_SET -> {
                CasInfo info = (CasInfo) payload;
                yield new Event.CompareAndSet(seq, t, th, a, info.expected(), info.update(), info.success());
            }
            case CAS_SUCCEEDED, CAS_FAILED -> new Event.CompareAndSet(seq, t, th, a, b, c, type == CAS_SUCCEEDED);
            case SLEEP_STARTED -> new Event.SleepStarted(seq, t, th, join(a, b));
            case SLEEP_ENDED -> new Event.SleepEnded(seq, t, th);
            case JOIN_STARTED -> new Event.JoinStarted(seq, t, th, a, b != 0);
            case JOIN_ENDED -> new Event.JoinEnded(seq, t, th, a, b != 0);
            case ALIVE_CHECKED -> new Event.AliveChecked(seq, t, th, a, b != 0);
            case DEADLOCK_DETECTED -> {
                CycleInfo info = (CycleInfo) payload;
                yield new Event.DeadlockDetected(seq, t, th, info.threads(), info.objects(), info.cycle());
            }
            case OUTCOME_REACHED -> new Event.OutcomeReached(seq, t, th, a);
            case RUN_CANCELLED -> new Event.RunCancelled(seq, t, th);
            default -> throw new IllegalStateException("unknown event type " + type + " at " + seq);
        };
    }

    /**
     * Appends a decoded event as it was, keeping its time and thread (used when loading a saved recording).
     * Its sequence number must be the next one: recordings are rebuilt in order, from 0, without gaps.
     */
    public void append(Event event) {
        long expected = columns.claimed();
        if (event.seq() != expected) {
            throw new IllegalArgumentException("event " + event.seq() + " out of order; expected " + expected);
        }
        encode(event, payloads, (seq, nanos, type, thread, a, b, c, payload) -> put(type, thread, a, b, c, nanos));
    }

    /**
     * Hands {@code fields} what {@code event} is stored as. With a payload table, payload indices are
     * interned there (for storing); without one (null) they are 0 and only the payload object counts (the
     * reducer applying a single event).
     */
    static void encode(Event event, Payloads table, Fields fields) {
        long seq = event.seq();
        long t = event.nanos();
        int th = event.thread();
        switch (event) {
            case Event.ThreadCreated e -> {
                ThreadInfo info = new ThreadInfo(e.name(), e.daemon(), e.virtual(), e.parent());
                fields.accept(seq, t, THREAD_CREATED, th, intern(table, info), 0, 0, info);
            }
            case Event.ThreadStarted e -> fields.accept(seq, t, THREAD_STARTED, th, e.by(), 0, 0, null);
            case Event.ThreadTerminated e -> {
                Failure failure = e.exception() == null ? null : new Failure(e.exception(), e.message());
                fields.accept(seq, t, THREAD_TERMINATED, th, intern(table, failure), 0, 0, failure);
            }
            case Event.StateChanged e -> fields.accept(seq, t, STATE_CHANGED, th, e.state().ordinal(), e.object(), 0, null);
            case Event.StepPending e -> fields.accept(seq, t, STEP_PENDING, th,
                    stepOp(e.op(), intern(table, e.carrier())), e.target(), e.line(), e.carrier());
            case Event.Note e -> {
                NoteInfo info = new NoteInfo(e.key(), List.copyOf(e.args()));
                fields.accept(seq, t, NOTE, th, intern(table, info), 0, 0, info);
            }
            case Event.ObjectCreated e -> {
                ObjectInfo info = new ObjectInfo(e.kind(), e.name(), e.capacity(), e.parent());
                fields.accept(seq, t, OBJECT_CREATED, th, e.object(), intern(table, info), 0, info);
            }
            case Event.LockRequested e -> fields.accept(seq, t, LOCK_REQUESTED, th, e.lock(), 0, 0, null);
            case Event.LockAcquired e -> fields.accept(seq, t, LOCK_ACQUIRED, th, e.lock(), e.hold(), 0, null);
            case Event.LockReleased e -> fields.accept(seq, t, LOCK_RELEASED, th, e.lock(), e.hold(), 0, null);
            case Event.LockTimedOut e -> fields.accept(seq, t, LOCK_TIMED_OUT, th, e.lock(), 0, 0, null);
            case Event.WaitStarted e -> fields.accept(seq, t, WAIT_STARTED, th, e.condition(), flag(e.timed()), 0, null);
            case Event.Notified e -> fields.accept(seq, t, NOTIFIED, th, e.condition(), flag(e.all()), e.woken(), null);
            case Event.WaitEnded e -> fields.accept(seq, t, WAIT_ENDED, th, e.condition(), flag(e.timedOut()), 0, null);
            case Event.PermitsAcquired e -> fields.accept(seq, t, PERMITS_ACQUIRED, th, e.semaphore(), e.permits(), 0, null);
            case Event.PermitsReleased e -> fields.accept(seq, t, PERMITS_RELEASED, th, e.semaphore(), e.permits(), 0, null);
            case Event.ReleaseRefused e -> fields.accept(seq, t, RELEASE_REFUSED, th, e.semaphore(), 0, 0, null);
            case Event.BarrierArrived e -> fields.accept(seq, t, BARRIER_ARRIVED, th, e.barrier(), 0, 0, null);
            case Event.BarrierTripped e -> fields.accept(seq, t, BARRIER_TRIPPED, th, e.barrier(), e.generation(), 0, null);
            case Event.BarrierPassed e -> fields.accept(seq, t, BARRIER_PASSED, th, e.barrier(), e.generation(), 0, null);
            case Event.BarrierBroken e -> fields.accept(seq, t, BARRIER_BROKEN, th, e.barrier(), flag(e.byTimeout()), 0, null);
            case Event.SignalSet e -> fields.accept(seq, t, SIGNAL_SET, th, e.signal(), 0, 0, null);
            case Event.SignalCleared e -> fields.accept(seq, t, SIGNAL_CLEARED, th, e.signal(), 0, 0, null);
            case Event.SignalPassed e -> fields.accept(seq, t, SIGNAL_PASSED, th, e.signal(), flag(e.timedOut()), 0, null);
            case Event.LatchCountedDown e -> fields.accept(seq, t, LATCH_COUNTED_DOWN, th, e.latch(), hi(e.remaining()),
                    lo(e.remaining()), null);
            case Event.LatchPassed e -> fields.accept(seq, t, LATCH_PASSED, th, e.latch(), 0, 0, null);
            case Event.ItemPut e -> fields.accept(seq, t, ITEM_PUT, th, e.queue(), intern(table, e.item()), e.size(), e.item());
            case Event.ItemTaken e -> fields.accept(seq, t, ITEM_TAKEN, th, e.queue(), intern(table, e.item()), e.size(),
                    e.item());
            case Event.ValueRead e -> fields.accept(seq, t, VALUE_READ, th, e.variable(), hi(e.value()), lo(e.value()), null);
            case Event.ValueWritten e -> fields.accept(seq, t, VALUE_WRITTEN, th, e.variable(), hi(e.value()),
                    lo(e.value()), null);
            case Event.TextRead e -> fields.accept(seq, t, TEXT_READ, th, e.variable(), intern(table, e.value()), 0,
                    e.value());
            case Event.TextWritten e -> fields.accept(seq, t, TEXT_WRITTEN, th, e.variable(), intern(table, e.value()), 0,
                    e.value());
            case Event.CompareAndSet e when fitsInt(e.expected()) && fitsInt(e.update()) ->
                    fields.accept(seq, t, e.success() ? CAS_SUCCEEDED : CAS_FAILED, th, e.variable(), (int) e.expected(),
                            (int) e.update(), null);
            case Event.CompareAndSet e -> {
                CasInfo info = new CasInfo(e.expected(), e.update(), e.success());
                fields.accept(seq, t, COMPARE_AND_SET, th, e.variable(), intern(table, info), 0, info);
            }
            case Event.SleepStarted e -> fields.accept(seq, t, SLEEP_STARTED, th, hi(e.millis()), lo(e.millis()), 0, null);
            case Event.SleepEnded e -> fields.accept(seq, t, SLEEP_ENDED, th, 0, 0, 0, null);
            case Event.JoinStarted e -> fields.accept(seq, t, JOIN_STARTED, th, e.target(), flag(e.timed()), 0, null);
            case Event.JoinEnded e -> fields.accept(seq, t, JOIN_ENDED, th, e.target(), flag(e.targetAlive()), 0, null);
            case Event.AliveChecked e -> fields.accept(seq, t, ALIVE_CHECKED, th, e.target(), flag(e.alive()), 0, null);
            case Event.DeadlockDetected e -> {
                CycleInfo info = new CycleInfo(List.copyOf(e.threads()), List.copyOf(e.objects()), e.cycle());
                fields.accept(seq, t, DEADLOCK_DETECTED, th, intern(table, info), 0, 0, info);
            }
            case Event.OutcomeReached e -> fields.accept(seq, t, OUTCOME_REACHED, th, e.outcome(), 0, 0, null);
            case Event.RunCancelled e -> fields.accept(seq, t, RUN_CANCELLED, th, 0, 0, 0, null);
        }
    }

    private static int intern(Payloads table, Object value) {
        return table == null ? 0 : table.intern(value);
    }
}
