package dev.interleave.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * Producer threads for recording tests: each writes {@code ValueWritten} events carrying its own id in the
 * value's high half and its own counter (0, 1, 2, ...) in the low half, so a reader can prove that none was
 * lost, doubled or reordered, and that it read no slot before it was whole.
 */
final class Producers {
    private Producers() {}

    /** Starts {@code producers} threads (ids 1..n) that each record {@code perProducer} events at once. */
    static List<Thread> start(Recording recording, int producers, int perProducer) {
        CyclicBarrier start = new CyclicBarrier(producers);
        List<Thread> threads = new ArrayList<>();
        for (int p = 1; p <= producers; p++) {
            int producer = p;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < perProducer; i++) {
                    recording.valueWritten(producer, producer, value(producer, i));
                }
            }));
        }
        return threads;
    }

    private static long value(int producer, long counter) {
        return (long) producer << 32 | counter;
    }

    /** Throws if {@code e}'s value was not written by its own thread: a slot read before its tail was. */
    static void assertWhole(Event.ValueWritten e) {
        if (e.value() >>> 32 != e.thread() || e.variable() != e.thread()) {
            throw new AssertionError("event " + e.seq() + " of thread " + e.thread() + " reads " + e);
        }
    }

    static void join(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    /**
     * Reads every event from {@code from} on and checks that each producer's counters follow each other
     * without a gap; returns, per producer (index = id), the first counter seen from {@code from} on.
     */
    static long[] assertInOrderFrom(Recording recording, long from, int producers) {
        long[] first = new long[producers + 1];
        long[] next = new long[producers + 1];
        java.util.Arrays.fill(first, -1);
        for (long seq = from; seq < recording.size(); seq++) {
            Event.ValueWritten e = (Event.ValueWritten) recording.event(seq);
            if (e.seq() != seq) {
                throw new AssertionError("event at " + seq + " is numbered " + e.seq());
            }
            assertWhole(e);
            int producer = e.thread();
            long counter = e.value() & 0xFFFF_FFFFL;
            if (first[producer] < 0) {
                first[producer] = counter;
                next[producer] = counter;
            }
            // each producer's events appear in the order it wrote them, each once
            if (counter != next[producer]) {
                throw new AssertionError("producer " + producer + " event " + counter + " at seq " + seq
                        + ", expected " + next[producer]);
            }
            next[producer]++;
        }
        return first;
    }
}
