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
    private final boolean virtual;
    private final JvmThread thread;

    /** Written by this thread, the gate and the run; read by anyone. */
    volatile ThreadStatus status = ThreadStatus.NEW;
    private volatile Blocker blocker;
    private volatile Throwable failure;
    /** Steps granted and not yet taken. Guarded by the gate's lock. */
    int grants;
    /** Its own random numbers; touched by this thread only. */
    private SplittableRandom random;
    /** The carrier it was last seen mounted on (virtual threads); touched by this thread only. */
    private String carrier;

    /**
     * @param pool where a platform lesson thread runs its body (trials), or null for a thread of its own
     */
    TracedThread(Run run, int id, String name, boolean daemon, boolean virtual, LessonBody body,
                 LessonThreadPool pool) {
        this.run = run;
        this.id = id;
        this.name = name;
        this.daemon = virtual || daemon;
        this.virtual = virtual;
        Runnable wrapped = () -> live(body);
        if (virtual) {
            this.thread = new JvmThread.Own(Thread.ofVirtual().name(name).unstarted(wrapped));
        } else if (pool != null) {
            this.thread = new PooledJvmThread(pool, name, wrapped);
        } else {
            this.thread = new JvmThread.Own(Thread.ofPlatform().name(name).daemon(true).unstarted(wrapped));
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

    /**
     * Called on this virtual thread at a step point: the carrier thread it is mounted on now, as the JVM
     * names it in {@link Thread#toString()} ({@code VirtualThread[#22,v-1]/runnable@ForkJoinPool-1-worker-1}),
     * or null if the JVM did not say. That text is the JVM's own report, not a guess, though its format is
     * not part of the Java specification; the last name is reused while it does not change.
     */
    String currentCarrier() {
        String text = Thread.currentThread().toString();
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        String last = carrier;
        if (last != null && text.length() - at - 1 == last.length() && text.startsWith(last, at + 1)) {
            return last;
        }
        carrier = text.substring(at + 1);
        return carrier;
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
        return virtual;
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
        return thread.state();
    }

    /** The JVM thread (or pooled task) it runs on. */
    JvmThread jvmThread() {
        return thread;
    }

    /** Starts it; a step point when called from a lesson thread. */
    public void start() {
        run.launch(this, run.step(Op.START, id));
    }

    /** Starts the JVM thread; called by the run, which makes sure no thread starts after a reset. */
    void startNow(TracedThread by) {
        status = ThreadStatus.RUNNING;
        run.recording().threadStarted(id, Run.idOf(by));
        thread.start();
    }

    /** Waits for it to end; a step point. */
    public void join() {
        TracedThread self = run.step(Op.JOIN, id);
        int me = Run.idOf(self);
        run.recording().joinStarted(me, id, false);
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
        TracedThread self = run.step(Op.JOIN, id);
        int me = Run.idOf(self);
        run.recording().joinStarted(me, id, true);
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
        int me = Run.idOf(run.step(Op.IS_ALIVE, id));
        boolean alive = thread.isAlive();
        run.recording().aliveChecked(me, id, alive);
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
