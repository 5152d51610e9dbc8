package dev.interleave.engine;

import java.time.Duration;

/**
 * A lesson thread's body run as one task on a reused platform thread of a {@link LessonThreadPool}. While
 * the body runs, the pool thread carries the lesson thread's name, so the lesson sees itself as it would on
 * a thread of its own; it is a JVM daemon thread, as every lesson thread is. Before the next task, the
 * pool thread gets its own name back and any interrupt aimed at this task is cleared, so nothing leaks from
 * one lesson thread to the next. (Only {@code ThreadLocal}s the lesson code sets itself outlive the task;
 * no lesson uses one, and the run's own binding is removed as the body ends.)
 *
 * <p>Any thread may call the methods of {@link JvmThread}; the pool thread calls {@link #runOn}.
 */
final class PooledJvmThread implements JvmThread {
    private final LessonThreadPool pool;
    private final String name;
    private final Runnable body;
    // All guarded by this.
    private boolean started;
    private boolean ended;
    private boolean pendingInterrupt;
    /** The pool thread while the body runs, else null. */
    private Thread worker;

    PooledJvmThread(LessonThreadPool pool, String name, Runnable body) {
        this.pool = pool;
        this.name = name;
        this.body = body;
    }

    @Override
    public void start() {
        synchronized (this) {
            if (started) {
                throw new IllegalThreadStateException(name + " was started already");
            }
            started = true;
        }
        pool.execute(this);
    }

    /**
     * Runs the body on {@code thread}, the calling pool thread, as that lesson thread; then hands the pool
     * thread back ({@code backToPool}) before anyone waiting in {@link #join} is told the body ended, so that
     * a run that joined its threads leaves every pool thread it used ready for the next run.
     */
    void runOn(Thread thread, Runnable backToPool) {
        String own = thread.getName();
        thread.setName(name);
        synchronized (this) {
            worker = thread;
            if (pendingInterrupt) {
                thread.interrupt(); // a reset came before the body did
            }
        }
        try {
            body.run();
        } finally {
            synchronized (this) {
                worker = null; // from now on an interrupt for this lesson thread no longer reaches the pool thread
            }
            Thread.interrupted(); // and one that came before must not reach the next lesson thread
            thread.setName(own);
            backToPool.run();
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    @Override
    public synchronized void interrupt() {
        if (ended) {
            return;
        }
        if (worker != null) {
            worker.interrupt();
        } else {
            pendingInterrupt = true;
        }
    }

    @Override
    public synchronized boolean isAlive() {
        return started && !ended;
    }

    @Override
    public synchronized void join() throws InterruptedException {
        while (started && !ended) {
            wait();
        }
    }

    @Override
    public synchronized boolean join(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (started && !ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(left / 1_000_000, (int) (left % 1_000_000));
        }
        return true;
    }

    @Override
    public synchronized Thread.State state() {
        if (!started) {
            return Thread.State.NEW;
        }
        if (ended) {
            return Thread.State.TERMINATED;
        }
        return worker == null ? Thread.State.RUNNABLE : worker.getState(); // handed over, about to run
    }
}
