package dev.interleave.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The lesson threads of a run by id (1, 2, ...): appended under the run's lock, read without a lock by any
 * thread in O(1), so that a run of 10,000 virtual threads neither copies its list per new thread (as a
 * copy-on-write list would) nor locks to look one up.
 *
 * <p>Publication: the table is filled before it is published and an entry is written before the size that
 * covers it, both volatile; a reader reads the size first, then the table, and sees every entry below the size.
 */
final class ThreadRegistry {
    /** A run records thread ids in 16 bits. */
    static final int MAX_THREADS = 0xFFFF;

    private volatile TracedThread[] table = new TracedThread[8];
    private volatile int size;

    /** Appends {@code thread}, whose id must be {@link #nextId()}. Call under the run's lock. */
    void add(TracedThread thread) {
        TracedThread[] t = table;
        if (size == t.length) {
            t = Arrays.copyOf(t, t.length * 2);
            table = t;
        }
        t[size] = thread;
        size = size + 1;
    }

    /** The id the next thread gets. Throws once a run has as many threads as a recording can name. */
    int nextId() {
        if (size >= MAX_THREADS) {
            throw new IllegalStateException("a run holds at most " + MAX_THREADS + " threads");
        }
        return size + 1;
    }

    int size() {
        return size;
    }

    /** The thread with this id, or null. */
    TracedThread get(int id) {
        int n = size;
        return id >= 1 && id <= n ? table[id - 1] : null;
    }

    /** The threads so far, in id order. */
    List<TracedThread> list() {
        int n = size;
        return List.of(Arrays.copyOf(table, n));
    }
}
