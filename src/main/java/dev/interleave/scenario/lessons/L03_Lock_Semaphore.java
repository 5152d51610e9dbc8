package dev.interleave.scenario.lessons;

import dev.interleave.engine.TracedThread;
import dev.interleave.engine.sync.OverReleaseException;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedSemaphore;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool of P database connections shared by N threads: a semaphore with P permits lets at most P threads use
 * a connection at once; the others wait. Two variants carry a real-world bug: worker-1's query fails and its
 * error handler gives the connection back, and so does its {@code finally}: one release too many. A plain
 * semaphore silently grows to P+1 permits; a bounded semaphore refuses a release that would make more than P,
 * with an error on the thread that releases into a full pool (not always worker-1).
 */
public final class L03_Lock_Semaphore extends Scenario {
    static final Parameter.Count CONNECTIONS = new Parameter.Count("connections", 2, 1, 5);
    static final Parameter.Count THREADS = new Parameter.Count("threads", 4, 1, 8);
    static final Parameter.Count USE = new Parameter.Count("use", 2, 0, 100);
    static final Parameter.Choice VARIANT = new Parameter.Choice("variant", "semaphore",
            List.of("semaphore", "extra-release", "bounded"));

    public L03_Lock_Semaphore() {
        super("semaphore", Topic.LOCKS, List.of(CONNECTIONS, THREADS, USE, VARIANT), List.of(
                Outcome.acceptable("within-limit"),
                Outcome.interesting("release-refused"),
                Outcome.forbidden("too-many")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        int connections = lesson.param(CONNECTIONS);
        int use = lesson.param(USE);
        String variant = lesson.param(VARIANT);
        TracedSemaphore pool = variant.equals("bounded")
                ? lesson.boundedSemaphore("pool", connections)  // Python's BoundedSemaphore
                : lesson.semaphore("pool", connections);        // Python's Semaphore
        Meter meter = new Meter(lesson.sharedInt("in-use", 0), lesson.sharedInt("peak", 0));

        List<TracedThread> workers = new ArrayList<>();
        for (int i = 1; i <= lesson.param(THREADS); i++) {
            boolean failsOnce = i == 1 && !variant.equals("semaphore"); // the buggy error path
            workers.add(lesson.thread("worker-" + i, () -> query(lesson, pool, meter, use, failsOnce)));
        }

        return ending -> {
            if (meter.peak.peek() > connections) {
                return outcome("too-many");
            }
            for (TracedThread w : workers) {
                if (w.failure() instanceof OverReleaseException) {
                    return outcome("release-refused");
                }
                if (w.failure() != null) {
                    throw new IllegalStateException(w.name() + " failed", w.failure());
                }
            }
            return outcome("within-limit");
        };
    }

    /** Takes a connection from the pool, runs a query on it, gives it back. */
    private static void query(Lesson lesson, TracedSemaphore pool, Meter meter, int use, boolean failsOnce) {
        pool.acquire();                       // take a connection; waits while all of them are in use
        try {
            meter.checkOut();
            lesson.sleep(use);                // the query
            meter.checkIn();
            if (failsOnce) {                  // the query failed, and the error handler...
                pool.release();               // ...gives the connection back: the bug, finally does it too
            }
        } finally {
            pool.release();                   // give the connection back
        }
    }

    /**
     * Counts the connections in use, and remembers the most ever in use at once. It uses compare-and-set
     * rather than a lock, so that counting adds no waiting of its own to the picture.
     */
    private record Meter(SharedInt inUse, SharedInt peak) {
        void checkOut() {
            int now = add(inUse, 1);
            int most = peak.get();
            while (now > most && !peak.compareAndSet(most, now)) {
                most = peak.get();            // someone else raised it meanwhile: look again
            }
        }

        void checkIn() {
            add(inUse, -1);
        }

        /** {@code variable += delta} as one atomic change; returns the new value. */
        private static int add(SharedInt variable, int delta) {
            int seen = variable.get();
            while (!variable.compareAndSet(seen, seen + delta)) {
                seen = variable.get();        // changed since we read it: read again and retry
            }
            return seen + delta;
        }
    }
}
