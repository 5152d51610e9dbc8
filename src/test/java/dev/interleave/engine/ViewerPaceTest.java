package dev.interleave.engine;

import dev.interleave.engine.sync.SharedInt;
import dev.interleave.testing.TestScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A run at full speed keeps within its lead of what the viewer has shown, and a reset still stops it. */
class ViewerPaceTest {
    private static final long LEAD = 2_000;
    /** Each of the counting threads may finish the step it is in once the run is too far ahead. */
    private static final long SLACK = 4 * 4;
    private Run run;

    @AfterEach
    void stop() {
        if (run != null) {
            assertThat(run.reset()).isEmpty();
        }
    }

    private void startCounters(boolean followed) {
        run = new Run(RunOptions.interactive(Gate.Mode.FREE).withCaptureLines(false));
        if (followed) {
            run.viewerPace().follow(LEAD);
        }
        run.start(TestScript.of(r -> {
            SharedInt counter = new SharedInt(r, "counter", 0);
            for (int i = 1; i <= 4; i++) {
                r.newThread("C" + i, false, false, () -> {
                    while (true) {
                        counter.set(counter.get() + 1);
                    }
                });
            }
        }));
    }

    private void awaitSize(long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (run.recording().size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(run.recording().size()).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void aFollowedRunWaitsForTheViewerAndGoesOnWhenItCatchesUp() throws Exception {
        startCounters(true);
        awaitSize(LEAD);
        Thread.sleep(300); // time enough for millions of events if nothing held the threads
        long held = run.recording().size();
        assertThat(held).isLessThanOrEqualTo(LEAD + SLACK + 64); // + the run's creation events

        run.viewerPace().shown(held);
        awaitSize(held + LEAD);
        Thread.sleep(300);
        assertThat(run.recording().size()).isLessThanOrEqualTo(held + LEAD + SLACK);
    }

    @Test
    void anUnfollowedRunIsNotHeld() throws Exception {
        startCounters(false);
        awaitSize(LEAD * 20);
    }
}
