package dev.interleave.explore;

import dev.interleave.engine.Ending;
import dev.interleave.engine.LessonThreadPool;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.RecordingHeader;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs a lesson many times at full speed, each run fresh, and counts the outcomes (the jcstress idea, on the
 * lesson's real code). Deadlocks end their run by themselves (the engine detects them); a run that neither
 * ends nor deadlocks within {@link #TRIAL_TIMEOUT} (a livelock) is reset and counted as failed.
 *
 * <p>Each run is new (its recording, objects, gate, lesson threads), but the platform threads that carry its
 * lesson threads are reused from one run to the next ({@link LessonThreadPool}), as jcstress does: starting
 * platform threads would otherwise cost more than a short lesson's whole run.
 *
 * <p>Runs on the calling thread, which it occupies until done or {@link #cancel() cancelled}: call it from a
 * worker, never from the UI thread.
 */
public final class Trials {
    static final Duration TRIAL_TIMEOUT = Duration.ofSeconds(10);

    private final Scenario scenario;
    private final ParameterValues values;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Run> current = new AtomicReference<>();

    public Trials(Scenario scenario, ParameterValues values) {
        this.scenario = scenario;
        this.values = values;
    }

    /** Stops after the trial in progress (from any thread). */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Runs {@code count} trials.
     *
     * @param progress told the number of finished trials now and then (on this thread); may be null
     */
    public TrialResult run(int count, IntConsumer progress) {
        if (count < 1) {
            throw new IllegalArgumentException("trials must be at least 1, not " + count);
        }
        long[] counts = new long[scenario.outcomes().size()];
        RecordingHeader[] witnesses = new RecordingHeader[counts.length];
        int failed = 0;
        String firstFailure = null;
        long start = System.nanoTime();
        Thread watchdog = Thread.ofPlatform().daemon(true).name("interleave-trials-watchdog").start(this::watch);
        try (LessonThreadPool pool = new LessonThreadPool()) {
            int done;
            for (done = 0; done < count && !cancelled.get(); done++) {
                long seed = done + 1L;
                Run run = scenario.newRun(RunOptions.fast().withSeed(seed));
                run.reuseThreads(pool);
                current.set(run);
                Ending ending = run.execute(scenario.script(values));
                current.set(null);
                if (ending == Ending.COMPLETED || ending == Ending.DEADLOCK) {
                    counts[run.outcome()]++;
                    if (witnesses[run.outcome()] == null) {
                        // The first run of each outcome is kept as its witness: how to make it happen again.
                        witnesses[run.outcome()] = Replays.header(scenario, values, seed, "FREE", run.recording());
                    }
                } else {
                    failed++;
                    if (firstFailure == null) {
                        firstFailure = describe(run, ending);
                    }
                }
                if (progress != null && (done % 64 == 0 || done == count - 1)) {
                    progress.accept(done + 1);
                }
            }
            return new TrialResult(scenario, values, count, counts, failed, firstFailure, done < count,
                    Duration.ofNanos(System.nanoTime() - start), Arrays.asList(witnesses));
        } finally {
            watchdog.interrupt();
        }
    }

    private static String describe(Run run, Ending ending) {
        Throwable t = run.setupFailure();
        if (t != null) {
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return ending == Ending.CANCELLED ? "did not end within " + TRIAL_TIMEOUT.toSeconds() + " s" : ending.name();
    }

    /** Resets a trial that runs too long, so that one livelocked run cannot hang the whole batch. */
    private void watch() {
        Run watched = null;
        long since = 0;
        try {
            while (true) {
                Thread.sleep(250);
                Run now = current.get();
                if (now != watched) {
                    watched = now;
                    since = System.nanoTime();
                } else if (now != null && System.nanoTime() - since > TRIAL_TIMEOUT.toNanos()) {
                    now.reset();
                }
            }
        } catch (InterruptedException e) {
            // the batch is over
        }
    }
}
