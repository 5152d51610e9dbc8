package dev.interleave.engine;

import dev.interleave.trace.Event;
import dev.interleave.trace.Op;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A lesson thread: a real JVM thread (platform or virtual) whose life is recorded and whose steps pass the
 * run's {@link Gate}. Lesson code creates it through {@link Run#newThread}, then starts and joins it as it
 * would a {@link Thread}; when called from another lesson thread, start, join and isAlive are step points.
 */
public final class TracedThread {
    private final Run run;
    private final int id;
    private final String name;
    private final boolean daemon;
    private final Thread thread;

    /** Written by this thread, the gate and the run; read by anyone. */
    volatile ThreadStatus status = ThreadStatus.NEW;
    private volatile Blocker blocker;
    private volatile Throwable failure;
    /** Steps granted and not yet taken. Guarded by the gate's lock. */
    int grants;
    /** Its own random numbers; touched by this thread only. */
    private SplittableRandom random;

    TracedThread(Run run, int id, String name, boolean daemon, boolean virtual, LessonBody body) {
        this.run = run;
        this.id = id;
        this.name = name;
        this.daemon = virtual || daemon;
        Runnable wrapped = () -> live(body);
        if (virtual) {
            this.thread = Thread.ofVirtual().name(name).unstarted(wrapped);
        } else {
            this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(wrapped);
        }
    }

    private void live(LessonBody body) {
        Run.bind(this);
        String exception = null;
        String message = null;
        try {
            body.run();
        } catch (Throwable t) {
            failure = t;
            exception = t.getClass().getName();
            message = t.getMessage();
        } finally {
            blocker = null;
            run.recording().threadTerminated(id, exception, message);
            status = ThreadStatus.TERMINATED;
            run.gate().dropBaton(this);
            Run.bind(null);
            run.threadEnded(this);
        }
    }

    public int id() {
        return id;
    }

    Run run() {
        return run;
    }

    /** This thread's random numbers: the same sequence in every run with the same seed, whatever the timing. */
    SplittableRandom random(long seed) {
        if (random == null) {
            random = new SplittableRandom(seed * 1_000_003L + id);
        }
        return random;
    }

    public String name() {
        return name;
    }

    /**
     * Whether the lesson declared it a daemon: the run does not wait for it and stops it at the end. (Every
     * JVM thread of a run is a JVM daemon, so that a stuck lesson never keeps the app from exiting.)
     */
    public boolean daemon() {
        return daemon;
    }

    public boolean virtual() {
        return thread.isVirtual();
    }

    public ThreadStatus status() {
        return status;
    }

    /** What it waits on while {@link ThreadStatus#BLOCKED}, else null. */
    public Blocker blocker() {
        return blocker;
    }

    /** What it threw, or null. */
    public Throwable failure() {
        return failure;
    }

    /** The JVM's own view of this thread, for the cross-check beside the modelled state. */
    public Thread.State jvmState() {
        return thread.getState();
    }

    Thread javaThread() {
        return thread;
    }

    /** Starts it; a step point when called from a lesson thread. */
    public void start() {
        run.step(Op.START, id);
        run.launch(this);
    }

    /** Starts the JVM thread; called by the run, which makes sure no thread starts after a reset. */
    void startNow() {
        status = ThreadStatus.RUNNING;
        run.recording().threadStarted(id, run.currentId());
        thread.start();
    }

    /** Waits for it to end; a step point. */
    public void join() {
        run.step(Op.JOIN, id);
        int me = run.currentId();
        run.recording().joinStarted(me, id, false);
        TracedThread self = run.current();
        try {
            if (self != null) {
                self.blockOn(new JoinBlocker());
            }
            thread.join();
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } finally {
            if (self != null) {
                self.running();
            }
        }
        run.recording().joinEnded(me, id, false);
    }

    /** Waits at most {@code timeout} for it to end; returns whether it ended. A step point. */
    public boolean join(Duration timeout) {
        run.step(Op.JOIN, id);
        int me = run.currentId();
        run.recording().joinStarted(me, id, true);
        TracedThread self = run.current();
        boolean ended;
        try {
            if (self != null) {
                self.timedWait();
            }
            ended = thread.join(timeout);
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } finally {
            if (self != null) {
                self.running();
            }
        }
        run.recording().joinEnded(me, id, !ended);
        return ended;
    }

    /** Whether it has started and not yet ended; a step point (a monitor thread polls it). */
    public boolean isAlive() {
        run.step(Op.IS_ALIVE, id);
        boolean alive = thread.isAlive();
        run.recording().aliveChecked(run.currentId(), id, alive);
        return alive;
    }

    private final class JoinBlocker implements Blocker {
        @Override
        public int objectId() {
            return Event.NONE;
        }

        /**
         * Exact, as a blocker must be: once this thread has finished its lesson code (TERMINATED) the joiner
         * goes on by itself, even while the JVM thread is still on its way out.
         */
        @Override
        public boolean stillBlocks(TracedThread waiter) {
            return status != ThreadStatus.TERMINATED && thread.isAlive();
        }
    }

    // ---- called by this thread from inside traced primitives ------------------------------------------

    /** About to wait without a timeout on {@code on}: in step mode another thread may move meanwhile. */
    public void blockOn(Blocker on) {
        blocker = on;
        status = ThreadStatus.BLOCKED;
        run.gate().dropBaton(this);
    }

    /**
     * About to sleep or wait with a timeout: in step mode another thread may move meanwhile (a scripted
     * schedule still waits for the timed wait to end, since a run is not settled while anything sleeps).
     */
    public void timedWait() {
        blocker = null;
        status = ThreadStatus.TIMED;
        run.gate().dropBaton(this);
    }

    /**
     * Back from a wait, before recording what the wait brought: in step mode this waits until the thread
     * that woke it has reached its next step point (see {@link Gate}), so that the record is the same on
     * every replay.
     */
    public void running() {
        blocker = null;
        status = ThreadStatus.RUNNING;
        run.gate().takeBaton(this);
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
