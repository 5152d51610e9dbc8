package dev.interleave.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Keeps a run at full speed from racing ahead of the person watching it. Without it, 64 threads at full speed
 * record millions of events a second while the screen shows a few hundred thousand: the stage falls further
 * and further behind the run, the backlog fills memory, and the lesson threads take the CPU the window needs
 * (measured with {@code UiBench stage64}: 13 frames a second). With a viewer following, a lesson thread
 * that reaches a step point while the run is more than {@code lead} events ahead of what was shown waits
 * until the viewer catches up. Between step points threads run as freely as before, so races happen as they
 * would; only the run's average speed is that of the screen.
 *
 * <p>Off until {@link #follow} is called (trials, the CLI and tests run unpaced). The viewer (the UI's event
 * pump, on its own thread) reports progress with {@link #shown}; lesson threads call {@link #keepUp} from
 * the gate. Neither ever waits for the other: the viewer only signals, and a waiting lesson thread also
 * looks again every few milliseconds, so a reset or a viewer that moved on never leaves it stuck.
 */
public final class ViewerPace {
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final LongSupplier produced;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition caughtUp = lock.newCondition();
    /** How far the run may be ahead of the viewer, in events; 0: no viewer, no pacing. */
    private volatile long lead;
    private volatile long shown;
    /** Lesson threads waiting in {@link #keepUp}; the viewer signals only when there are some. */
    private volatile int waiting;

    /** @param produced how many events the run has recorded (any thread may call it) */
    ViewerPace(LongSupplier produced) {
        this.produced = produced;
    }

    /** From now on the run keeps within {@code events} of what {@link #shown} reports. Any thread. */
    public void follow(long events) {
        if (events <= 0) {
            throw new IllegalArgumentException("a viewer's lead must be positive: " + events);
        }
        lead = events;
    }

    /** The viewer has shown the first {@code events} events. The viewer's thread; never waits. */
    public void shown(long events) {
        shown = events;
        if (waiting > 0) {
            lock.lock();
            try {
                caughtUp.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Whether the run is too far ahead for the viewer to follow. */
    boolean tooFarAhead() {
        long l = lead;
        return l > 0 && produced.getAsLong() - shown > l;
    }

    /**
     * Called by a lesson thread at a step point at full speed once {@link #tooFarAhead} said so: waits while the
     * run is too far ahead of the viewer, or until {@code stopping} says the run is ending.
     *
     * @throws RunCancelledException when the thread is interrupted (a reset)
     */
    void keepUp(BooleanSupplier stopping) {
        lock.lock();
        try {
            waiting++;
            while (tooFarAhead() && !stopping.getAsBoolean()) {
                caughtUp.awaitNanos(RECHECK_NANOS);
            }
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } finally {
            waiting--;
            lock.unlock();
        }
    }
}
