package dev.interleave.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * The storage under a {@link Recording}: three columns per event (time, head, tail: 20 bytes; what head and
 * tail pack is the recording's business), in chunks of 1,024 events found through a two-level directory, so
 * a short run (a trial) costs one 20 KiB chunk and a long one has room for 2^31 events. The first
 * {@link #HEAP_CHUNKS} chunks are on the heap, the rest off it (see {@link Chunk}).
 *
 * <p><b>Appending</b> (any number of producer threads, lock-free): one atomic increment claims a sequence
 * number, the slot is filled and published by writing its head last, after a release fence (a head of 0
 * means "not yet published"). The chunk after the current one is allocated when the current one is half
 * full, so producers rarely meet at an allocation.
 *
 * <p><b>The memory cap</b>: once more than {@link RecordingLimits#memoryEvents()} are in memory, the oldest
 * chunk is evicted, once all its events are published: it is written to the {@link SpillFile} and read back
 * on demand, or dropped when there is no spill file or writing it failed. A producer evicts only after it
 * published its own event, and only if no other producer is evicting already (a try-lock), so no producer
 * ever waits for eviction while it holds an unpublished slot, and the evictor's wait for the last slots of
 * the chunk it evicts always ends.
 *
 * <p><b>Reading</b> (any thread): {@link #chunk} hands out the chunk holding an event, from memory or read
 * back from the spill file; its contents never change once published.
 */
final class Columns {
    static final int CHUNK_BITS = 10;
    static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    static final int CHUNK_MASK = CHUNK_SIZE - 1;
    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENT_SIZE = 1 << SEGMENT_BITS;
    private static final int SEGMENT_MASK = SEGMENT_SIZE - 1;
    private static final int MAX_SEGMENTS = 1 << 11;
    /** 2^31 events (40 GiB): past this the recording refuses events rather than fail the lesson. */
    static final long MAX_EVENTS = (long) MAX_SEGMENTS << (SEGMENT_BITS + CHUNK_BITS);
    /** Chunks below this number are on the heap: a short run (a trial) never leaves it. */
    static final long HEAP_CHUNKS = 2;
    /** How many chunks read back from the spill file are kept, for readers that go through them in order. */
    private static final int READ_BACK_CACHE = 4;

    /**
     * 1,024 events: a time column, and a column of words holding the heads and then the tails. A time is kept
     * as an {@code int} offset from the chunk's base time (20 bytes an event instead of 24): a chunk of a run
     * at speed spans microseconds to milliseconds. A time that does not fit (a chunk of a slow run, spanning
     * more than two seconds) goes to a full {@code long} column made for that chunk when first needed, its
     * offset marked {@link #WIDE}.
     *
     * <p>A long run's chunks are off the heap (views of one direct buffer, freed when the chunk is collected):
     * at full speed a run adds megabytes of chunks a second, and on the heap the garbage collector copied each
     * of them twice, in pauses the window felt. A short run's chunks (a trial's) are on the heap, in arrays,
     * where making and collecting them is cheaper. Either way every word is 8-byte aligned, so a head is
     * written and read whole.
     *
     * <p>A slot is written by the one producer that claimed it, time and tail first, then its head after a
     * release fence: a reader that sees a head other than 0 ({@link #publishedHead}) sees the rest.
     */
    static final class Chunk {
        private static final int WIDE = Integer.MIN_VALUE;
        private static final VarHandle WIDE_COLUMN;

        static {
            try {
                WIDE_COLUMN = MethodHandles.lookup().findVarHandle(Chunk.class, "wide", long[].class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final long number;
        private final long base;
        private final int size;
        private final IntBuffer offsets;
        /** Heads at {@code [0, size)}, tails at {@code [size, 2 size)}. */
        private final LongBuffer words;
        /** The times that did not fit an offset; null until one did not. Set once, by compare-and-set. */
        private volatile long[] wide;

        /** @param base a time near those the chunk will hold (the claiming producer's) */
        private Chunk(long number, int size, long base, IntBuffer offsets, LongBuffer words) {
            this.number = number;
            this.base = base;
            this.size = size;
            this.offsets = offsets;
            this.words = words;
        }

        /** A chunk in arrays on the heap. */
        static Chunk onHeap(long number, int size, long base) {
            return new Chunk(number, size, base, IntBuffer.allocate(size), LongBuffer.allocate(2 * size));
        }

        /** A chunk in {@code block}: {@link #bytes}{@code (size)} zeroed bytes, 8-byte aligned. */
        static Chunk in(ByteBuffer block, long number, int size, long base) {
            int wordsAt = Integer.BYTES * size;
            return new Chunk(number, size, base,
                    block.slice(0, wordsAt).order(ByteOrder.nativeOrder()).asIntBuffer(),
                    block.slice(wordsAt, 2 * Long.BYTES * size).order(ByteOrder.nativeOrder()).asLongBuffer());
        }

        /** The bytes of a chunk's block: 20 an event. */
        static int bytes(int size) {
            return (Integer.BYTES + 2 * Long.BYTES) * size;
        }

        /** Fills slot {@code i} and publishes it; by the producer that claimed it, once. */
        void publish(int i, long nanos, long head, long tail) {
            putTime(i, nanos);
            words.put(size + i, tail);
            VarHandle.releaseFence(); // the time and tail before the head that publishes them
            words.put(i, head);
        }

        private void putTime(int i, long nanos) {
            long offset = nanos - base;
            if (offset > WIDE && offset <= Integer.MAX_VALUE) {
                offsets.put(i, (int) offset);
            } else {
                wideColumn()[i] = nanos;
                offsets.put(i, WIDE);
            }
        }

        /** Slot {@code i}'s head, 0 if not yet published; what it publishes is visible once it is not 0. */
        long publishedHead(int i) {
            long head = words.get(i);
            VarHandle.acquireFence(); // also keeps a spinning reader reading anew
            return head;
        }

        /** The head of slot {@code i}, known to be published (below the recording's size). */
        long head(int i) {
            return words.get(i);
        }

        /** The tail of slot {@code i}, known to be published. */
        long tail(int i) {
            return words.get(size + i);
        }

        /** The time of published slot {@code i}. */
        long nanos(int i) {
            int offset = offsets.get(i);
            return offset == WIDE ? wide[i] : base + offset;
        }

        /** Every slot's time, head and tail, in that order, as the spill file stores them; all published. */
        void writeTo(LongBuffer out) {
            for (int i = 0; i < size; i++) {
                out.put(nanos(i));
            }
            out.put(words.duplicate());
        }

        /** A chunk on the heap holding what {@link #writeTo} wrote (safely published by whoever shares it). */
        static Chunk readFrom(long number, int size, LongBuffer in) {
            long[] nanos = new long[size];
            in.get(nanos);
            Chunk chunk = onHeap(number, size, nanos[0]);
            for (int i = 0; i < size; i++) {
                chunk.putTime(i, nanos[i]);
            }
            chunk.words.put(0, in, in.position(), 2 * size);
            return chunk;
        }

        private long[] wideColumn() {
            long[] column = wide;
            if (column == null) {
                long[] fresh = new long[size];
                column = (long[]) WIDE_COLUMN.compareAndExchange(this, null, fresh);
                if (column == null) {
                    column = fresh;
                }
            }
            return column;
        }
    }

    /** Directory entries of evicted chunks. */
    private static final Chunk SPILLED = Chunk.onHeap(-1, 0, 0);
    private static final Chunk DROPPED = Chunk.onHeap(-2, 0, 0);

    private final AtomicReferenceArray<AtomicReferenceArray<Chunk>> segments =
            new AtomicReferenceArray<>(MAX_SEGMENTS);
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final long memoryChunks;
    /** Where evicted chunks go; null: they are dropped. */
    private final SpillFile spill;
    /** The recording, whose collection deletes the spill file. */
    private final Object owner;
    private final AtomicReferenceArray<Chunk> readBack = new AtomicReferenceArray<>(READ_BACK_CACHE);
    /** Makes the zeroed, 8-byte aligned off-heap block of a chunk: a direct buffer, but for tests. */
    private final IntFunction<ByteBuffer> offHeap;

    private final ReentrantLock evictLock = new ReentrantLock();
    /** The oldest chunk still in memory. Written under {@code evictLock}; read by producers to see the cap. */
    private volatile long memoryFrom;
    /** Events below this were dropped: they cannot be read. */
    private volatile long firstAvailable;
    private volatile long spilledChunks;
    /** Set once a direct buffer was refused: from then on new chunks go on the heap. */
    private volatile boolean directMemoryUsedUp;
    /** Set once writing the spill file failed: from then on evicted chunks are dropped. */
    private volatile boolean spillFailed;

    Columns(RecordingLimits limits, Object owner) {
        this(limits, owner, ByteBuffer::allocateDirect);
    }

    /** @param offHeap makes a chunk's block past the first ones; may throw {@link OutOfMemoryError} */
    Columns(RecordingLimits limits, Object owner, IntFunction<ByteBuffer> offHeap) {
        this.offHeap = offHeap;
        this.memoryChunks = Math.max(2, limits.memoryEvents() >>> CHUNK_BITS);
        this.spill = limits.spillDirectory() == null ? null : new SpillFile(limits.spillDirectory(), CHUNK_SIZE);
        this.owner = owner;
    }

    static int slot(long seq) {
        return (int) seq & CHUNK_MASK;
    }

    // ---- appending ------------------------------------------------------------------------------------

    /** Stores one event and returns its sequence number, or -1 if the recording is full (2^31 events). */
    long append(long nanos, long head, long tail) {
        long seq = next.getAndIncrement();
        if (seq >= MAX_EVENTS) {
            refused.incrementAndGet();
            return -1;
        }
        chunkFor(seq, nanos).publish(slot(seq), nanos, head, tail);
        long newest = seq >>> CHUNK_BITS;
        int offset = (int) seq & CHUNK_MASK;
        if (offset >= CHUNK_SIZE / 2 && seq + CHUNK_SIZE < MAX_EVENTS) {
            newest++;
            if (offset == CHUNK_SIZE / 2) {
                // the next chunk, before anyone needs it: producers rarely race for it
                chunkFor(seq + CHUNK_SIZE, nanos);
            }
        }
        if (newest - memoryFrom >= memoryChunks) {
            evictUpTo(newest - memoryChunks); // past the cap; every event up to ours is claimed, ours published
        }
        return seq;
    }

    /** The next sequence number to be claimed: {@link #append} has been called this often (capped). */
    long claimed() {
        return Math.min(next.get(), MAX_EVENTS);
    }

    /**
     * The chunk for {@code seq}, allocating it (and its segment) the first time, with times kept from
     * {@code base}; racing allocations agree.
     */
    private Chunk chunkFor(long seq, long base) {
        long number = seq >>> CHUNK_BITS;
        int segmentIndex = (int) (number >>> SEGMENT_BITS);
        AtomicReferenceArray<Chunk> segment = segments.get(segmentIndex);
        if (segment == null) {
            AtomicReferenceArray<Chunk> fresh = new AtomicReferenceArray<>(SEGMENT_SIZE);
            segment = segments.compareAndExchange(segmentIndex, null, fresh);
            if (segment == null) {
                segment = fresh;
            }
        }
        int chunkIndex = (int) number & SEGMENT_MASK;
        Chunk chunk = segment.get(chunkIndex);
        if (chunk == null) {
            Chunk fresh = newChunk(number, base);
            chunk = segment.compareAndExchange(chunkIndex, null, fresh);
            if (chunk == null) {
                chunk = fresh;
            }
        }
        return chunk;
    }

    /**
     * A fresh chunk, off the heap past the first {@link #HEAP_CHUNKS}; on the heap too once the JVM's direct
     * memory was used up ({@code -XX:MaxDirectMemorySize}, by default the maximum heap): from then on this
     * recording does not ask again, as each refusal first waits for a collection.
     */
    private Chunk newChunk(long number, long base) {
        if (number >= HEAP_CHUNKS && !directMemoryUsedUp) {
            try {
                ByteBuffer block = offHeap.apply(Chunk.bytes(CHUNK_SIZE));
                if (block.alignmentOffset(0, Long.BYTES) == 0) { // as allocateDirect's always are
                    return Chunk.in(block, number, CHUNK_SIZE, base);
                }
            } catch (OutOfMemoryError directMemoryFull) {
                directMemoryUsedUp = true;
            }
        }
        return Chunk.onHeap(number, CHUNK_SIZE, base);
    }

    /**
     * Moves chunks out of memory, oldest first, up to chunk {@code last}, unless another producer is doing so
     * (it, or the next event, will). Every event up to {@code last} has been claimed, and its producer is
     * between claiming and publishing, which never waits: so waiting for their publication ends.
     */
    private void evictUpTo(long last) {
        if (!evictLock.tryLock()) {
            return;
        }
        try {
            while (memoryFrom <= last) {
                long number = memoryFrom;
                // Allocated now if its first claimant is slow; with no time at hand, its times may go wide.
                Chunk chunk = chunkFor(number << CHUNK_BITS, 0);
                awaitPublished(chunk);
                if (spill != null && !spillFailed
                        && spill.write(owner, number, chunk::writeTo)) {
                    setEntry(number, SPILLED);
                    spilledChunks++;
                } else {
                    if (spill != null && !spillFailed) {
                        // A full disk: what was spilled counts as dropped too (so the readable events stay one
                        // unbroken stretch), and the file goes, giving its space back.
                        spillFailed = true;
                        spill.discard();
                    }
                    setEntry(number, DROPPED);
                    firstAvailable = (number + 1) << CHUNK_BITS;
                }
                memoryFrom = number + 1;
            }
        } finally {
            evictLock.unlock();
        }
    }

    private static void awaitPublished(Chunk chunk) {
        for (int i = 0; i < CHUNK_SIZE; i++) {
            for (int spins = 0; chunk.publishedHead(i) == 0; spins++) {
                if (spins < 100) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
    }

    private void setEntry(long number, Chunk entry) {
        segments.get((int) (number >>> SEGMENT_BITS)).set((int) number & SEGMENT_MASK, entry);
    }

    // ---- reading --------------------------------------------------------------------------------------

    /** The number of events published so far: every event below it has been written. */
    long size() {
        long known = published.get();
        long end = known;
        long claimed = claimed();
        while (end < claimed && isPublished(end)) {
            end++;
        }
        if (end > known) {
            published.accumulateAndGet(end, Math::max);
        }
        return Math.max(end, published.get());
    }

    /** A size that may lag behind {@link #size()}: for a cheap bounds check before the exact one. */
    long knownSize() {
        return published.get();
    }

    private boolean isPublished(long seq) {
        Chunk chunk = entry(seq >>> CHUNK_BITS);
        if (chunk == SPILLED || chunk == DROPPED) {
            return true; // only fully published chunks are evicted
        }
        return chunk != null && chunk.publishedHead(slot(seq)) != 0;
    }

    private Chunk entry(long number) {
        AtomicReferenceArray<Chunk> segment = segments.get((int) (number >>> SEGMENT_BITS));
        return segment == null ? null : segment.get((int) number & SEGMENT_MASK);
    }

    /**
     * The chunk holding published event {@code seq}, from memory or read back from the spill file.
     *
     * @throws IndexOutOfBoundsException if the event was dropped
     */
    Chunk chunk(long seq) {
        long number = seq >>> CHUNK_BITS;
        Chunk chunk = entry(number);
        if (chunk == SPILLED) {
            try {
                chunk = readBack(number);
            } catch (UncheckedIOException e) {
                if (!spillFailed) {
                    throw e;
                }
                chunk = DROPPED; // the file was given up while we read it
            }
        }
        if (chunk == DROPPED || seq < firstAvailable) {
            throw new IndexOutOfBoundsException("event " + seq + " was dropped when the recording outgrew its "
                    + "memory; it keeps events from " + firstAvailable + " on");
        }
        return chunk;
    }

    private Chunk readBack(long number) {
        int i = (int) number & (READ_BACK_CACHE - 1);
        Chunk cached = readBack.get(i);
        if (cached != null && cached.number == number) {
            return cached;
        }
        if (spillFailed) {
            return DROPPED;
        }
        Chunk loaded = Chunk.readFrom(number, CHUNK_SIZE, spill.read(number));
        readBack.set(i, loaded);
        return loaded;
    }

    // ---- the cap, for the user --------------------------------------------------------------------------

    long memoryCapEvents() {
        return memoryChunks << CHUNK_BITS;
    }

    /** Events below this cannot be read any more (0 unless events were dropped). */
    long firstAvailable() {
        return firstAvailable;
    }

    /** Events held in the spill file now (0 once spilling failed: those count as dropped). */
    long spilledEvents() {
        return spillFailed ? 0 : spilledChunks << CHUNK_BITS;
    }

    /** Events not recorded because the recording reached 2^31 events. */
    long refusedEvents() {
        return refused.get();
    }

    /** The spill file, or null if nothing was spilled (or spilling failed and the file was given up). */
    Path spillFile() {
        return spill == null || spillFailed ? null : spill.file();
    }
}
