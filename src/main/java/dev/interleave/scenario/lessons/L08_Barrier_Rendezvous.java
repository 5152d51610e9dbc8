package dev.interleave.scenario.lessons;

import dev.interleave.engine.TracedThread;
import dev.interleave.engine.sync.TracedBarrier;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runners work through phases, each phase's work taking a random time, and meet at a barrier at the end of each
 * phase: nobody starts the next phase before all have finished this one (Python's {@code threading.Barrier}).
 * With a barrier action, the last runner to arrive announces the phase. In the timeout variant runner-1 waits
 * only so long; when its time runs out the barrier breaks, and every runner waiting or still to come gets a
 * BrokenBarrierException.
 */
public final class L08_Barrier_Rendezvous extends Scenario {
    static final Parameter.Count RUNNERS = new Parameter.Count("runners", 3, 2, 6);
    static final Parameter.Count PHASES = new Parameter.Count("phases", 2, 1, 5);
    static final Parameter.Count WORK = new Parameter.Count("work", 3, 1, 100);
    static final Parameter.Count PATIENCE = new Parameter.Count("patience", 2, 1, 1000);
    static final Parameter.Choice VARIANT = new Parameter.Choice("variant", "plain",
            List.of("plain", "action", "timeout"));

    public L08_Barrier_Rendezvous() {
        super("barrier", Topic.COORDINATION, List.of(RUNNERS, PHASES, WORK, PATIENCE, VARIANT), List.of(
                Outcome.acceptable("all-passed"),
                Outcome.interesting("broken")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        String variant = lesson.param(VARIANT);
        int phases = lesson.param(PHASES);
        int work = lesson.param(WORK);
        Duration patience = Duration.ofMillis(lesson.param(PATIENCE));
        AtomicInteger phasesDone = new AtomicInteger();
        Runnable announce = () -> lesson.note("barrier.note.announce", // runs in (and is told by) the last to arrive
                phasesDone.incrementAndGet());
        TracedBarrier finishLine = lesson.barrier("finish-line", lesson.param(RUNNERS),
                variant.equals("action") ? announce : null);

        List<TracedThread> runners = new ArrayList<>();
        for (int i = 1; i <= lesson.param(RUNNERS); i++) {
            boolean impatient = variant.equals("timeout") && i == 1;
            runners.add(lesson.thread("runner-" + i, () -> {
                for (int phase = 1; phase <= phases; phase++) {
                    lesson.sleep(1 + lesson.random().nextInt(work)); // this phase's work
                    if (impatient) {
                        finishLine.await(patience);   // TimeoutException if the others are late: breaks it
                    } else {
                        finishLine.await();           // BrokenBarrierException if it is or gets broken
                    }
                    lesson.note("barrier.note.passed", phase);
                }
            }));
        }

        return ending -> {
            boolean broken = false;
            for (TracedThread r : runners) {
                Throwable failure = r.failure();
                if (failure instanceof BrokenBarrierException || failure instanceof TimeoutException) {
                    broken = true;
                } else if (failure != null) {
                    throw new IllegalStateException(r.name() + " failed", failure);
                }
            }
            return outcome(broken ? "broken" : "all-passed");
        };
    }
}
