package dev.interleave.ui.session;

import dev.interleave.engine.GrantResult;
import dev.interleave.engine.Run;
import dev.interleave.engine.TracedThread;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Plays a recorded order of steps into a step-mode run, at the app's pace: before each grant it waits for the
 * run to settle (so every step, and every thread it woke, completes first: exactly how the schedule was
 * recorded), then for the current delay, and while paused it waits. One step can be let through while
 * paused ({@link #stepOnce}).
 *
 * <p>Runs on a thread of its own, never the FX thread. The FX thread sets its pace and pause flag (plain
 * volatile fields) and learns where it got to through {@code onStop}, called on the replayer's thread.
 */
final class ScheduleReplayer {
    private static final long POLL_NANOS = 20_000_000L;

    private final Run run;
    private final List<String> schedule;
    private final BiConsumer<Integer, GrantResult> onStop;
    private volatile long paceNanos;
    private volatile boolean paused;
    private volatile boolean oneStep;
    private volatile boolean stopped;
    private volatile int done;
    private Thread thread;

    /**
     * @param onStop told how many steps were granted and, if a grant was refused (the replay diverged), the
     *               refusal; null refusal when the whole schedule was granted or the replay was stopped
     */
    ScheduleReplayer(Run run, List<String> schedule, long paceNanos, BiConsumer<Integer, GrantResult> onStop) {
        this.run = run;
        this.schedule = List.copyOf(schedule);
        this.paceNanos = paceNanos;
        this.onStop = onStop;
    }

    void start() {
        thread = Thread.ofPlatform().name("interleave-replayer").daemon(true).start(this::replay);
    }

    void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    void setPace(long nanos) {
        paceNanos = nanos;
    }

    void setPaused(boolean value) {
        paused = value;
    }

    boolean paused() {
        return paused;
    }

    /** While paused, lets the next step of the schedule through. */
    void stepOnce() {
        oneStep = true;
    }

    /** How many steps were granted so far. */
    int done() {
        return done;
    }

    int length() {
        return schedule.size();
    }

    private void replay() {
        GrantResult refusal = null;
        try {
            for (String name : schedule) {
                if (!waitUntilSettled() || !waitForTurn()) {
                    return;
                }
                TracedThread t = run.threadNamed(name);
                GrantResult result = t == null ? new GrantResult(GrantResult.Refusal.NO_SUCH_THREAD, -1)
                        : run.gate().grant(t);
                if (!result.granted()) {
                    refusal = result;
                    return;
                }
                done++;
            }
        } catch (InterruptedException e) {
            // stopped
        } finally {
            if (!stopped) {
                onStop.accept(done, refusal);
            }
        }
    }

    private boolean waitUntilSettled() {
        while (!stopped && !run.ended()) {
            if (run.awaitSettled(Duration.ofMillis(200))) {
                return true;
            }
        }
        return false;
    }

    /** Waits out the pace (and any pause); false if stopped meanwhile. */
    private boolean waitForTurn() throws InterruptedException {
        long due = System.nanoTime() + paceNanos;
        while (!stopped) {
            if (paused) {
                if (oneStep) {
                    oneStep = false;
                    return true;
                }
                Thread.sleep(POLL_NANOS / 1_000_000);
                due = System.nanoTime() + paceNanos;
                continue;
            }
            long left = Math.min(due, System.nanoTime() + paceNanos) - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            Thread.sleep(Math.min(left, POLL_NANOS) / 1_000_000, (int) (Math.min(left, POLL_NANOS) % 1_000_000));
        }
        return false;
    }
}
