package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Gate;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.explore.TrialResult;
import dev.interleave.explore.Trials;
import dev.interleave.trace.History;
import dev.interleave.trace.ThreadModel;
import dev.interleave.trace.WorldState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 10,000-virtual-thread lesson at its full size: it runs to its end with every thread counted and
 * carried by a few carriers, a reset in the middle leaves none of its threads alive, and trials finish.
 */
class VirtualThreadsLessonTest {
    private static final Scenario LESSON = Catalog.find("virtual-threads");
    private static final int THREADS = 10_000;
    /** The virtual-thread scheduler never has more carriers than this (jdk.virtualThreadScheduler.maxPoolSize). */
    private static final int MAX_CARRIERS = 256;

    @Test
    void tenThousandVirtualThreadsEndAndTheWorldStateCountsThemAndTheirFewCarriers() throws Exception {
        Run run = LESSON.newRun(RunOptions.fast());
        Ending end = run.execute(LESSON.script(LESSON.defaults().with("sleep", "10")));
        assertThat(end).isEqualTo(Ending.COMPLETED);

        History history = new History(run.recording());
        history.advance(Integer.MAX_VALUE);
        WorldState w = history.live();
        assertThat(w.threadCount()).isEqualTo(THREADS + 1);
        assertThat(w.virtualThreadCount(Thread.State.TERMINATED)).isEqualTo(THREADS);
        assertThat(w.threadCount(Thread.State.TERMINATED)).isEqualTo(THREADS + 1);
        assertThat(w.carriers()).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_CARRIERS);
        ThreadModel some = w.threadNamed("v-" + THREADS);
        assertThat(some.virtual()).isTrue();
        assertThat(w.carriers()).contains(some.carrier());
        assertThat(w.outcome()).isEqualTo(LESSON.outcomes().indexOf(LESSON.outcome("all-done")));
    }

    @Test
    void aResetWhileMainStartsThemOrWhileTheySleepLeavesNoThreadOfTheRunAlive() throws Exception {
        // as in the app: lines captured, free mode at full speed
        for (int started : new int[] {1_000, THREADS + 1}) {
            Run run = LESSON.newRun(RunOptions.interactive(Gate.Mode.FREE));
            run.start(LESSON.script(LESSON.defaults()));
            awaitCondition(() -> run.threadCount() >= started || run.ended());

            assertThat(run.reset()).as("threads that would not stop").isEmpty();
            assertThat(run.threads()).allSatisfy(t -> assertThat(t.jvmState()).isIn(Thread.State.NEW,
                    Thread.State.TERMINATED));
            assertThat(run.awaitEnd(Duration.ofSeconds(5))).isTrue();
        }
    }

    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 60 s").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void trialsOfTheFullSizeLessonFinish() {
        TrialResult result = new Trials(LESSON, LESSON.defaults().with("sleep", "1")).run(3, null);

        assertThat(result.failed()).as("first failure: %s", result.firstFailure()).isZero();
        assertThat(result.count("all-done")).isEqualTo(3);
    }
}
