package dev.interleave.bench;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.Script;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedQueue;
import dev.interleave.engine.sync.TracedSemaphore;
import dev.interleave.trace.Recording;

/**
 * A realistic long recording for the reducer and memory measurements: a real run at full speed whose six
 * threads contend for a lock, a semaphore with two permits and a bounded queue, and read, write and
 * compare-and-set shared variables, so the events are the mix a lesson makes (blocked requests, waits,
 * queue items, values), not one event type repeated.
 *
 * <p>Call from a benchmark's setup or a harness's main thread; it runs the run on the calling thread.
 */
public final class Workload {
    /** Events one iteration of one thread records, roughly: used to size the run. */
    private static final int EVENTS_PER_ITERATION = 17;
    private static final int THREADS = 6;

    private Workload() {}

    /** A finished run's recording with at least {@code events} events. */
    public static Recording record(long events) {
        Run run = new Run(RunOptions.fast());
        Ending end = run.execute(script(events / (THREADS * EVENTS_PER_ITERATION) + 1));
        if (end != Ending.COMPLETED || run.recording().size() < events) {
            throw new IllegalStateException("workload ended " + end + " with " + run.recording().size() + " events");
        }
        return run.recording();
    }

    private static Script script(long iterations) {
        return new Script() {
            @Override
            public void setup(Run run) {
                TracedLock account = new TracedLock(run, "account");
                TracedSemaphore pool = new TracedSemaphore(run, "pool", 2, false);
                TracedQueue<Integer> queue = new TracedQueue<>(run, "queue", 4);
                SharedInt balance = new SharedInt(run, "balance", 0);
                SharedInt hits = new SharedInt(run, "hits", 0);
                for (int t = 0; t < THREADS; t++) {
                    boolean producer = t % 2 == 0;
                    run.newThread("worker-" + t, false, false, () -> {
                        for (long i = 0; i < iterations; i++) {
                            account.lock();
                            try {
                                balance.set(balance.get() + 1);
                            } finally {
                                account.unlock();
                            }
                            pool.acquire();
                            try {
                                int seen = hits.get();
                                hits.compareAndSet(seen, seen + 1);
                            } finally {
                                pool.release();
                            }
                            if (producer) {
                                queue.put((int) (i % 8)); // few distinct items: their texts are interned once
                            } else {
                                queue.take();
                            }
                        }
                    });
                }
            }

            @Override
            public int judge(Run run, Ending ending) {
                return 0;
            }
        };
    }
}
