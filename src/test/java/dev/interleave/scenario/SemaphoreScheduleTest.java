package dev.interleave.scenario;

import dev.interleave.engine.sync.OverReleaseException;
import dev.interleave.testing.LessonStepper;
import dev.interleave.trace.Op;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool of one connection, three workers. worker-1 runs alone first; in the buggy variants it releases twice.
 * Then worker-2 and worker-3 each go as far as their query.
 */
class SemaphoreScheduleTest {

    private static LessonStepper start(String variant) {
        return LessonStepper.start("semaphore", "connections=1", "threads=3", "use=0", "variant=" + variant);
    }

    @Test
    void anExtraReleaseLetsTwoThreadsIntoAPoolOfOne() {
        try (LessonStepper run = start("extra-release")) {
            run.toEnd("worker-1").until("worker-2", Op.SLEEP).until("worker-3", Op.SLEEP);

            assertThat(run.finish()).isEqualTo("too-many");
        }
    }

    /** What the lesson's instructions say, with its defaults (two connections, four workers). */
    @Test
    void theInstructionsOrderGetsThreeWorkersIntoAPoolOfTwo() {
        try (LessonStepper run = LessonStepper.start("semaphore", "variant=extra-release")) {
            run.toEnd("worker-1").until("worker-2", Op.SLEEP).until("worker-3", Op.SLEEP).until("worker-4", Op.SLEEP);

            assertThat(run.finish()).isEqualTo("too-many");
        }
    }

    @Test
    void theBoundedSemaphoreRefusesTheExtraReleaseWithAnError() {
        try (LessonStepper run = start("bounded")) {
            run.toEnd("worker-1");

            assertThat(run.thread("worker-1").failure()).isInstanceOf(OverReleaseException.class);
            assertThat(run.finish()).isEqualTo("release-refused");
        }
    }

    @Test
    void usedRightTheThirdWorkerWaitsForAConnection() {
        try (LessonStepper run = start("semaphore")) {
            run.toEnd("worker-1").until("worker-2", Op.SLEEP).offer("worker-3", "worker-3", "worker-3");

            assertThat(run.finish()).isEqualTo("within-limit");
        }
    }
}
