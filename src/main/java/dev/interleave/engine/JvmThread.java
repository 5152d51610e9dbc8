package dev.interleave.engine;

import java.time.Duration;

/**
 * The JVM thread a {@link TracedThread} runs on: a new thread of its own (the app, virtual threads), or a
 * task on a reused platform thread of a {@link LessonThreadPool} (trials, where starting a thread per lesson
 * thread would cost more than the run itself). Either way it behaves as a {@link Thread} would for the
 * lesson: start once, interrupt, alive until its body returned, join, the JVM's state.
 */
sealed interface JvmThread permits JvmThread.Own, PooledJvmThread {

    /** Starts the body; called once, by the run. */
    void start();

    /** Interrupts the body while it runs (a reset); an interrupt before it runs is delivered when it starts. */
    void interrupt();

    /** Started, and its body has not returned yet. */
    boolean isAlive();

    void join() throws InterruptedException;

    /** Waits at most {@code timeout} for the body to return; returns whether it did. */
    boolean join(Duration timeout) throws InterruptedException;

    /** The JVM's own state of the thread running the body (NEW before, TERMINATED after). */
    Thread.State state();

    /** A lesson thread's own new thread, platform or virtual. */
    record Own(Thread thread) implements JvmThread {
        @Override
        public void start() {
            thread.start();
        }

        @Override
        public void interrupt() {
            thread.interrupt();
        }

        @Override
        public boolean isAlive() {
            return thread.isAlive();
        }

        @Override
        public void join() throws InterruptedException {
            thread.join();
        }

        @Override
        public boolean join(Duration timeout) throws InterruptedException {
            return thread.join(timeout);
        }

        @Override
        public Thread.State state() {
            return thread.getState();
        }
    }
}
