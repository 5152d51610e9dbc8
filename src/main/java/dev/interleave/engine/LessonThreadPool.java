package dev.interleave.engine;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Platform threads kept between runs to carry lesson threads, as jcstress reuses its threads between
 * trials: starting a platform thread costs ~100-200 µs here, more than a whole trial of a short lesson.
 * A run uses the pool when given one ({@link Run#reuseThreads}); each lesson thread's body then runs as a
 * {@link PooledJvmThread} on an idle pool thread, or on a new one when none is idle, so a run never waits
 * for a pool thread and the pool grows to the most lesson threads running at once. Virtual lesson threads
 * are always new virtual threads (they are cheap).
 *
 * <p>Any thread may start tasks and {@link #close()} the pool. Idle pool threads end after
 * {@link #IDLE_SECONDS} or when the pool is closed; a pool thread busy with a body that will not end (a
 * lesson stuck outside any traced wait) is simply never reused.
 */
public final class LessonThreadPool implements AutoCloseable {
    static final long IDLE_SECONDS = 30;
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Idle workers, the most recently idle first (its thread is the likeliest to be warm). */
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger made = new AtomicInteger();
    private final int number = POOLS.incrementAndGet();
    private volatile boolean closed;

    /** Runs {@code task} on an idle pool thread, or on a new one. */
    void execute(PooledJvmThread task) {
        if (closed) {
            throw new IllegalStateException("the lesson thread pool is closed");
        }
        for (Worker w = idle.pollFirst(); w != null; w = idle.pollFirst()) {
            if (w.offer(task)) {
                return;
            }
        }
        Worker fresh = new Worker("interleave-pool-" + number + "-" + made.incrementAndGet());
        fresh.offer(task);
        fresh.thread.start();
    }

    /** How many pool threads were made so far (for tests and figures). */
    public int threadsMade() {
        return made.get();
    }

    /** Lets idle pool threads end now and busy ones after their task; later runs must not use the pool. */
    @Override
    public void close() {
        closed = true;
        for (Worker w = idle.pollFirst(); w != null; w = idle.pollFirst()) {
            w.retire();
        }
    }

    /** One pool thread and the slot through which it is handed its next task. */
    private final class Worker implements Runnable {
        /** The slot holds null while idle, the next task, or RETIRED once the worker has ended. */
        private static final Object RETIRED = new Object();
        private final AtomicReference<Object> next = new AtomicReference<>();
        private final Thread thread;

        Worker(String name) {
            thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this);
        }

        /** Hands it a task; false if it has retired (then the caller tries another). */
        boolean offer(PooledJvmThread task) {
            if (!next.compareAndSet(null, task)) {
                return false;
            }
            LockSupport.unpark(thread);
            return true;
        }

        void retire() {
            if (next.compareAndSet(null, RETIRED)) {
                LockSupport.unpark(thread);
            }
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            while (true) {
                Object task = next.get();
                if (task == RETIRED) {
                    return;
                }
                if (task == null) {
                    LockSupport.parkNanos(this, TimeUnit.SECONDS.toNanos(1));
                    boolean tooLong = System.nanoTime() - idleSince > TimeUnit.SECONDS.toNanos(IDLE_SECONDS);
                    if ((closed || tooLong) && next.compareAndSet(null, RETIRED)) {
                        idle.remove(this);
                        return;
                    }
                    continue;
                }
                ((PooledJvmThread) task).runOn(thread, this::backToPool);
                if (next.get() == RETIRED) {
                    return;
                }
                idleSince = System.nanoTime();
            }
        }

        /** Called on this worker when its task's body has ended: ready for the next task, or retired. */
        private void backToPool() {
            if (closed) {
                next.set(RETIRED);
            } else {
                next.set(null);
                idle.addFirst(this);
            }
        }
    }
}
