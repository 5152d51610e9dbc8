package dev.interleave.engine;

import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedQueue;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import dev.interleave.testing.TestScript;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reset in the middle of a run, in every state, leaves no thread of the run alive. */
class ResetTest {
    @Test
    void twoHundredResetsInTheMiddleOfRunsLeaveNoLiveThread() throws Exception {
        Scenario bank = Catalog.find("bank-withdrawal");
        List<Thread> controllers = new java.util.ArrayList<>();
        for (int cycle = 0; cycle < 200; cycle++) {
            Run run = switch (cycle % 4) {
                // free at full speed, thinking in sleeps
                case 0 -> startBank(bank, RunOptions.fast(), "100");
                // stopped at a step point in step mode
                case 1 -> startBank(bank, RunOptions.interactive(Gate.Mode.STEP), "10");
                // paused
                case 2 -> startBank(bank, RunOptions.interactive(Gate.Mode.PAUSED), "10");
                // stuck for good: a deadlock kept on screen, a consumer on an empty queue
                default -> startStuck();
            };
            Thread.sleep(cycle % 3); // reset at varying moments, setup included
            List<String> stuck = run.reset();
            assertThat(stuck).as("cycle %d", cycle).isEmpty();
            assertThat(run.threads()).allSatisfy(t -> assertThat(t.jvmThread().isAlive()).isFalse());
            controllers.add(run.controllerThread());
        }
        assertThat(controllers).allSatisfy(c -> assertThat(c == null || !c.isAlive()).isTrue());
    }

    private static Run startBank(Scenario bank, RunOptions options, String think) {
        Run run = bank.newRun(options);
        run.start(bank.script(bank.defaults().with("lock", "on").with("think", think)));
        return run;
    }

    private static Run startStuck() {
        Run run = new Run(RunOptions.interactive(Gate.Mode.FREE));
        run.start(TestScript.of(r -> {
            TracedLock left = new TracedLock(r, "left");
            TracedLock right = new TracedLock(r, "right");
            TracedQueue<String> queue = new TracedQueue<>(r, "queue", 1);
            SharedInt x = new SharedInt(r, "x", 0);
            r.newThread("A", false, false, () -> {
                left.lock();
                x.set(1);
                right.lock();
            });
            r.newThread("B", false, false, () -> {
                right.lock();
                x.set(2);
                left.lock();
            });
            r.newThread("C", false, false, queue::take);
        }));
        return run;
    }

    @Test
    void resetEndsARunWithinASecondAndSaysSo() throws Exception {
        Run run = startStuck();
        assertThat(run.awaitSettled(Duration.ofSeconds(5))).isTrue();
        long start = System.nanoTime();
        assertThat(run.resetAsync().get()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(run.awaitEnd(Duration.ofSeconds(1))).isTrue();
        assertThat(run.ending()).isIn(Ending.CANCELLED, Ending.DEADLOCK);
    }
}
