package dev.interleave.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The append-only log of a run's events, safe for any number of producer threads and lossless.
 *
 * <p>Storage is columnar: three {@code long} columns per event (24 bytes): the time; a head packing the type
 * (8 bits), the thread id (16 bits) and the first field (32 bits); a tail packing the second and third
 * fields. Three columns rather than six keep the stores of one event to three cache lines, which matters
 * when producers on different cores write neighbouring slots. Chunks of 1,024 events are allocated ahead of
 * need and found through a two-level directory, so a short run (a trial) costs a few kilobytes and a long
 * one has room for 2^31. Variable-sized parts
 * (names, texts, rare events) are interned once in {@link Payloads}. Appending allocates nothing but the
 * occasional chunk.
 *
 * <p>Producers claim a sequence number with one atomic increment, fill their slot and publish it by writing
 * the head last with release semantics (a type of 0 means "not yet published"). {@link #size()} is the length of
 * the published prefix, so a reader sees every event up to it, with no gaps, in sequence order. Readers may
 * be any threads; the UI reads from its own thread while producers keep writing.
 */
public final class Recording {
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENT_SIZE = 1 << SEGMENT_BITS;
    private static final int SEGMENT_MASK = SEGMENT_SIZE - 1;
    private static final int MAX_SEGMENTS = 1 << 11;
    /** 2^31 events; far beyond what memory allows, so the real limit is the heap (see issue on capping). */
    private static final long MAX_EVENTS = (long) MAX_SEGMENTS << (SEGMENT_BITS + CHUNK_BITS);
    private static final VarHandle HEADS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final Thread.State[] STATES = Thread.State.values();

    // Type codes: 0 is reserved for "slot not yet published".
    private static final byte THREAD_CREATED = 1, THREAD_STARTED = 2, THREAD_TERMINATED = 3, STATE_CHANGED = 4,
            STEP_PENDING = 5, NOTE = 6, OBJECT_CREATED = 7, LOCK_REQUESTED = 8, LOCK_ACQUIRED = 9,
            LOCK_RELEASED = 10, LOCK_TIMED_OUT = 11, WAIT_STARTED = 12, NOTIFIED = 13, WAIT_ENDED = 14,
            PERMITS_ACQUIRED = 15, PERMITS_RELEASED = 16, RELEASE_REFUSED = 17, BARRIER_ARRIVED = 18,
            BARRIER_TRIPPED = 19, BARRIER_PASSED = 20, BARRIER_BROKEN = 21, SIGNAL_SET = 22, SIGNAL_CLEARED = 23,
            SIGNAL_PASSED = 24, LATCH_COUNTED_DOWN = 25, LATCH_PASSED = 26, ITEM_PUT = 27, ITEM_TAKEN = 28,
            VALUE_READ = 29, VALUE_WRITTEN = 30, TEXT_READ = 31, TEXT_WRITTEN = 32, COMPARE_AND_SET = 33,
            SLEEP_STARTED = 34, SLEEP_ENDED = 35, JOIN_STARTED = 36, JOIN_ENDED = 37, ALIVE_CHECKED = 38,
            DEADLOCK_DETECTED = 39, OUTCOME_REACHED = 40, RUN_CANCELLED = 41;

    private static final class Chunk {
        final long[] nanos = new long[CHUNK_SIZE];
        /** type (bits 0-7), thread (8-23), field a (32-63). */
        final long[] head = new long[CHUNK_SIZE];
        /** field b (32-63), field c (0-31). */
        final long[] tail = new long[CHUNK_SIZE];
    }

    // Rare events with more fields than the columns hold are interned whole (minus seq, time and thread).
    private record ThreadInfo(String name, boolean daemon, boolean virtual, int parent) {}

    private record Failure(String exception, String message) {}

    private record ObjectInfo(ObjectKind kind, String name, long capacity, int parent) {}

    private record NoteInfo(String key, List<String> args) {}

    private record CasInfo(long expected, long update, boolean success) {}

    private record CycleInfo(List<Integer> threads, List<Integer> objects, boolean cycle) {}

    private final AtomicReferenceArray<AtomicReferenceArray<Chunk>> segments =
            new AtomicReferenceArray<>(MAX_SEGMENTS);
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final Payloads payloads = new Payloads();
    private final long origin = System.nanoTime();

    /** The number of events published so far: every event below this sequence number can be read. */
    public long size() {
        long known = published.get();
        long end = known;
        long claimed = next.get();
        while (end < claimed && isPublished(end)) {
            end++;
        }
        if (end > known) {
            published.accumulateAndGet(end, Math::max);
        }
        return Math.max(end, published.get());
    }

    private boolean isPublished(long seq) {
        Chunk chunk = existing(seq);
        return chunk != null && (byte) (long) HEADS.getAcquire(chunk.head, slot(seq)) != 0;
    }

    /** Where event {@code seq} sits in its chunk. */
    private static int slot(long seq) {
        return (int) seq & CHUNK_MASK;
    }

    /** The chunk holding {@code seq}, or null if none was allocated yet. */
    private Chunk existing(long seq) {
        AtomicReferenceArray<Chunk> segment = segments.get((int) (seq >>> (CHUNK_BITS + SEGMENT_BITS)));
        return segment == null ? null : segment.get((int) (seq >>> CHUNK_BITS) & SEGMENT_MASK);
    }

    /** Nanoseconds since this recording began; the clock of {@link Event#nanos()}. */
    public long now() {
        return System.nanoTime() - origin;
    }

    private long put(byte type, int thread, int a, int b, int c) {
        return put(type, thread, a, b, c, now());
    }

    private long put(byte type, int thread, int a, int b, int c, long nanos) {
        long seq = next.getAndIncrement();
        Chunk chunk = chunkFor(seq);
        int i = slot(seq);
        chunk.nanos[i] = nanos;
        chunk.tail[i] = join(b, c);
        HEADS.setRelease(chunk.head, i, (type & 0xFFL) | (thread & 0xFFFFL) << 8 | (long) a << 32);
        if (((int) seq & CHUNK_MASK) == CHUNK_SIZE / 2 && seq + CHUNK_SIZE < MAX_EVENTS) {
            chunkFor(seq + CHUNK_SIZE); // the next chunk, before anyone needs it: producers rarely race for it
        }
        return seq;
    }

    /** The chunk for {@code seq}, allocating it (and its segment) the first time; racing allocations agree. */
    private Chunk chunkFor(long seq) {
        if (seq >= MAX_EVENTS) {
            throw new IllegalStateException("recording is full: " + MAX_EVENTS + " events");
        }
        int segmentIndex = (int) (seq >>> (CHUNK_BITS + SEGMENT_BITS));
        AtomicReferenceArray<Chunk> segment = segments.get(segmentIndex);
        if (segment == null) {
            AtomicReferenceArray<Chunk> fresh = new AtomicReferenceArray<>(SEGMENT_SIZE);
            segment = segments.compareAndExchange(segmentIndex, null, fresh);
            if (segment == null) {
                segment = fresh;
            }
        }
        int chunkIndex = (int) (seq >>> CHUNK_BITS) & SEGMENT_MASK;
        Chunk chunk = segment.get(chunkIndex);
        if (chunk == null) {
            Chunk fresh = new Chunk();
            chunk = segment.compareAndExchange(chunkIndex, null, fresh);
            if (chunk == null) {
                chunk = fresh;
            }
        }
        return chunk;
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
        return put(STEP_PENDING, thread, op.ordinal(), target, line);
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
        return put(COMPARE_AND_SET, thread, variable, payloads.intern(new CasInfo(expected, update, success)), 0);
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

    /** The event with sequence number {@code seq}, which must be below {@link #size()}. */
    public Event event(long seq) {
        if (seq < 0 || seq >= size()) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + size());
        }
        Chunk chunk = existing(seq);
        int i = slot(seq);
        long head = (long) HEADS.getAcquire(chunk.head, i);
        long tail = chunk.tail[i];
        return decode(seq, (byte) head, chunk.nanos[i], (int) (head >>> 8) & 0xFFFF, (int) (head >>> 32),
                hi(tail), lo(tail));
    }

    /** Calls {@code action} with every event from {@code from} (inclusive) to {@code to} (exclusive). */
    public void forEach(long from, long to, Consumer<? super Event> action) {
        for (long seq = from; seq < to; seq++) {
            action.accept(event(seq));
        }
    }

    /** The time of event {@code seq}, without materialising it (for views that scan many events). */
    public long nanosOf(long seq) {
        return existing(seq).nanos[slot(seq)];
    }

    /** The thread of event {@code seq}, without materialising it. */
    public int threadOf(long seq) {
        return (int) (existing(seq).head[slot(seq)] >>> 8) & 0xFFFF;
    }

    private String text(int index) {
        return (String) payloads.get(index);
    }

    private Event decode(long seq, byte type, long t, int th, int a, int b, int c) {
        return switch (type) {
            case THREAD_CREATED -> {
                ThreadInfo info = (ThreadInfo) payloads.get(a);
                yield new Event.ThreadCreated(seq, t, th, info.name(), info.daemon(), info.virtual(), info.parent());
            }
            case THREAD_STARTED -> new Event.ThreadStarted(seq, t, th, a);
            case THREAD_TERMINATED -> {
                Failure failure = (Failure) payloads.get(a);
                yield failure == null
                        ? new Event.ThreadTerminated(seq, t, th, null, null)
                        : new Event.ThreadTerminated(seq, t, th, failure.exception(), failure.message());
            }
            case STATE_CHANGED -> new Event.StateChanged(seq, t, th, STATES[a], b);
            case STEP_PENDING -> new Event.StepPending(seq, t, th, Op.of(a), b, c);
            case NOTE -> {
                NoteInfo info = (NoteInfo) payloads.get(a);
                yield new Event.Note(seq, t, th, info.key(), info.args());
            }
            case OBJECT_CREATED -> {
                ObjectInfo info = (ObjectInfo) payloads.get(b);
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
            case ITEM_PUT -> new Event.ItemPut(seq, t, th, a, text(b), c);
            case ITEM_TAKEN -> new Event.ItemTaken(seq, t, th, a, text(b), c);
            case VALUE_READ -> new Event.ValueRead(seq, t, th, a, join(b, c));
            case VALUE_WRITTEN -> new Event.ValueWritten(seq, t, th, a, join(b, c));
            case TEXT_READ -> new Event.TextRead(seq, t, th, a, text(b));
            case TEXT_WRITTEN -> new Event.TextWritten(seq, t, th, a, text(b));
            case COMPARE_AND_SET -> {
                CasInfo info = (CasInfo) payloads.get(b);
                yield new Event.CompareAndSet(seq, t, th, a, info.expected(), info.update(), info.success());
            }
            case SLEEP_STARTED -> new Event.SleepStarted(seq, t, th, join(a, b));
            case SLEEP_ENDED -> new Event.SleepEnded(seq, t, th);
            case JOIN_STARTED -> new Event.JoinStarted(seq, t, th, a, b != 0);
            case JOIN_ENDED -> new Event.JoinEnded(seq, t, th, a, b != 0);
            case ALIVE_CHECKED -> new Event.AliveChecked(seq, t, th, a, b != 0);
            case DEADLOCK_DETECTED -> {
                CycleInfo info = (CycleInfo) payloads.get(a);
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
        if (event.seq() != next.get()) {
            throw new IllegalArgumentException("event " + event.seq() + " out of order; expected " + next.get());
        }
        long t = event.nanos();
        int th = event.thread();
        switch (event) {
            case Event.ThreadCreated e -> put(THREAD_CREATED, th,
                    payloads.intern(new ThreadInfo(e.name(), e.daemon(), e.virtual(), e.parent())), 0, 0, t);
            case Event.ThreadStarted e -> put(THREAD_STARTED, th, e.by(), 0, 0, t);
            case Event.ThreadTerminated e -> put(THREAD_TERMINATED, th,
                    e.exception() == null ? -1 : payloads.intern(new Failure(e.exception(), e.message())), 0, 0, t);
            case Event.StateChanged e -> put(STATE_CHANGED, th, e.state().ordinal(), e.object(), 0, t);
            case Event.StepPending e -> put(STEP_PENDING, th, e.op().ordinal(), e.target(), e.line(), t);
            case Event.Note e -> put(NOTE, th, payloads.intern(new NoteInfo(e.key(), List.copyOf(e.args()))), 0, 0, t);
            case Event.ObjectCreated e -> put(OBJECT_CREATED, th, e.object(),
                    payloads.intern(new ObjectInfo(e.kind(), e.name(), e.capacity(), e.parent())), 0, t);
            case Event.LockRequested e -> put(LOCK_REQUESTED, th, e.lock(), 0, 0, t);
            case Event.LockAcquired e -> put(LOCK_ACQUIRED, th, e.lock(), e.hold(), 0, t);
            case Event.LockReleased e -> put(LOCK_RELEASED, th, e.lock(), e.hold(), 0, t);
            case Event.LockTimedOut e -> put(LOCK_TIMED_OUT, th, e.lock(), 0, 0, t);
            case Event.WaitStarted e -> put(WAIT_STARTED, th, e.condition(), flag(e.timed()), 0, t);
            case Event.Notified e -> put(NOTIFIED, th, e.condition(), flag(e.all()), e.woken(), t);
            case Event.WaitEnded e -> put(WAIT_ENDED, th, e.condition(), flag(e.timedOut()), 0, t);
            case Event.PermitsAcquired e -> put(PERMITS_ACQUIRED, th, e.semaphore(), e.permits(), 0, t);
            case Event.PermitsReleased e -> put(PERMITS_RELEASED, th, e.semaphore(), e.permits(), 0, t);
            case Event.ReleaseRefused e -> put(RELEASE_REFUSED, th, e.semaphore(), 0, 0, t);
            case Event.BarrierArrived e -> put(BARRIER_ARRIVED, th, e.barrier(), 0, 0, t);
            case Event.BarrierTripped e -> put(BARRIER_TRIPPED, th, e.barrier(), e.generation(), 0, t);
            case Event.BarrierPassed e -> put(BARRIER_PASSED, th, e.barrier(), e.generation(), 0, t);
            case Event.BarrierBroken e -> put(BARRIER_BROKEN, th, e.barrier(), flag(e.byTimeout()), 0, t);
            case Event.SignalSet e -> put(SIGNAL_SET, th, e.signal(), 0, 0, t);
            case Event.SignalCleared e -> put(SIGNAL_CLEARED, th, e.signal(), 0, 0, t);
            case Event.SignalPassed e -> put(SIGNAL_PASSED, th, e.signal(), flag(e.timedOut()), 0, t);
            case Event.LatchCountedDown e -> put(LATCH_COUNTED_DOWN, th, e.latch(), hi(e.remaining()),
                    lo(e.remaining()), t);
            case Event.LatchPassed e -> put(LATCH_PASSED, th, e.latch(), 0, 0, t);
            case Event.ItemPut e -> put(ITEM_PUT, th, e.queue(), payloads.intern(e.item()), e.size(), t);
            case Event.ItemTaken e -> put(ITEM_TAKEN, th, e.queue(), payloads.intern(e.item()), e.size(), t);
            case Event.ValueRead e -> put(VALUE_READ, th, e.variable(), hi(e.value()), lo(e.value()), t);
            case Event.ValueWritten e -> put(VALUE_WRITTEN, th, e.variable(), hi(e.value()), lo(e.value()), t);
            case Event.TextRead e -> put(TEXT_READ, th, e.variable(), payloads.intern(e.value()), 0, t);
            case Event.TextWritten e -> put(TEXT_WRITTEN, th, e.variable(), payloads.intern(e.value()), 0, t);
            case Event.CompareAndSet e -> put(COMPARE_AND_SET, th, e.variable(),
                    payloads.intern(new CasInfo(e.expected(), e.update(), e.success())), 0, t);
            case Event.SleepStarted e -> put(SLEEP_STARTED, th, hi(e.millis()), lo(e.millis()), 0, t);
            case Event.SleepEnded e -> put(SLEEP_ENDED, th, 0, 0, 0, t);
            case Event.JoinStarted e -> put(JOIN_STARTED, th, e.target(), flag(e.timed()), 0, t);
            case Event.JoinEnded e -> put(JOIN_ENDED, th, e.target(), flag(e.targetAlive()), 0, t);
            case Event.AliveChecked e -> put(ALIVE_CHECKED, th, e.target(), flag(e.alive()), 0, t);
            case Event.DeadlockDetected e -> put(DEADLOCK_DETECTED, th,
                    payloads.intern(new CycleInfo(List.copyOf(e.threads()), List.copyOf(e.objects()), e.cycle())),
                    0, 0, t);
            case Event.OutcomeReached e -> put(OUTCOME_REACHED, th, e.outcome(), 0, 0, t);
            case Event.RunCancelled e -> put(RUN_CANCELLED, th, 0, 0, 0, t);
        }
    }
}
