package dev.interleave.testing;

import dev.interleave.engine.Ending;
import dev.interleave.engine.GrantResult;
import dev.interleave.engine.Gate;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.Schedule;
import dev.interleave.engine.ThreadStatus;
import dev.interleave.engine.TracedThread;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.Event;
import dev.interleave.trace.Op;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One lesson run in step mode, driven by a test the way a learner drives it: the test is the scheduler. Every
 * method waits for the run to settle before it grants, so what it forces is the same on every run.
 */
public final class LessonStepper implements AutoCloseable {
    public static final Duration SETTLE = Duration.ofSeconds(5);
    /** More grants than any lesson here needs: a loop that reaches it is a test bug, not a slow run. */
    private static final int MAX_GRANTS = 20_000;

    private final Scenario scenario;
    private final Run run;

    private LessonStepper(Scenario scenario, Run run) {
        this.scenario = scenario;
        this.run = run;
    }

    /** Starts lesson {@code id} in step mode with its defaults changed by {@code params} ({@code name=value}). */
    public static LessonStepper start(String id, String... params) {
        Scenario scenario = Catalog.find(id);
        assertThat(scenario).as("lesson %s", id).isNotNull();
        ParameterValues values = scenario.defaults().withAll(List.of(params));
        Run run = scenario.newRun(RunOptions.interactive(Gate.Mode.STEP));
        run.start(scenario.script(values));
        return new LessonStepper(scenario, run);
    }

    public Run run() {
        return run;
    }

    /** Grants these steps in order; each must be granted. */
    public LessonStepper steps(String... threads) {
        Schedule.Result result = Schedule.of(threads).follow(run, SETTLE);
        assertThat(result.complete()).as("step %d (%s) refused: %s", result.granted() + 1, result.refusedThread(),
                result.refusal()).isTrue();
        return this;
    }

    /**
     * Offers these steps in order, as a learner clicking thread after thread: a step the thread cannot take now
     * (blocked, sleeping, ended) is passed over. Used to try a bug's schedule on the fixed code.
     */
    public LessonStepper offer(String... threads) {
        for (String name : threads) {
            settle();
            TracedThread t = run.threadNamed(name);
            if (t != null) {
                run.gate().grant(t);
            }
        }
        return this;
    }

    /** Grants {@code thread} steps until it waits at a step point that announces {@code op}. */
    public LessonStepper until(String thread, Op op) {
        for (int i = 0; i < MAX_GRANTS; i++) {
            settle();
            TracedThread t = thread(thread);
            if (run.gate().waiting().contains(t) && pendingOp(t) == op) {
                return this;
            }
            GrantResult result = run.gate().grant(t);
            assertThat(result.granted()).as("%s refused on its way to %s: %s", thread, op, result).isTrue();
        }
        throw new AssertionError(thread + " never reached " + op);
    }

    /** Grants {@code thread} steps until it has ended. */
    public LessonStepper toEnd(String thread) {
        TracedThread t = thread(thread);
        for (int i = 0; i < MAX_GRANTS; i++) {
            settle();
            if (t.status() == ThreadStatus.TERMINATED) {
                return this;
            }
            GrantResult result = run.gate().grant(t);
            if (result.refusal() == GrantResult.Refusal.TERMINATED) {
                return this;
            }
            assertThat(result.granted()).as("%s refused before it ended: %s", thread, result).isTrue();
        }
        throw new AssertionError(thread + " never ended");
    }

    /** Grants the longest-waiting thread, again and again, until the run ends; returns the outcome id. */
    public String finish() {
        for (int i = 0; i < MAX_GRANTS && !run.ended(); i++) {
            settle();
            run.gate().grantLongestWaiting();
        }
        return outcome();
    }

    /** Waits for the run to end and returns the id of the outcome its judge named. */
    public String outcome() {
        try {
            assertThat(run.awaitEnd(SETTLE)).as("the run ended").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(run.outcome()).as("an outcome (setup failure: %s)", run.setupFailure()).isNotNegative();
        return scenario.outcomes().get(run.outcome()).id();
    }

    public Outcome judged() {
        return scenario.outcome(outcome());
    }

    public Ending ending() {
        outcome();
        return run.ending();
    }

    /** The thread named so, once the run has settled (its setup may still be making threads). */
    public TracedThread thread(String name) {
        settle();
        TracedThread t = run.threadNamed(name);
        assertThat(t).as("thread %s", name).isNotNull();
        return t;
    }

    /** What {@code thread} announced at its latest step point. */
    private Op pendingOp(TracedThread thread) {
        for (long seq = run.recording().size() - 1; seq >= 0; seq--) {
            if (run.recording().event(seq) instanceof Event.StepPending p && p.thread() == thread.id()) {
                return p.op();
            }
        }
        return null;
    }

    private void settle() {
        assertThat(run.awaitSettled(SETTLE) || run.ended()).as("the run settled").isTrue();
    }

    @Override
    public void close() {
        assertThat(run.reset()).as("threads that would not stop").isEmpty();
    }
}
