package dev.interleave.scenario;

import dev.interleave.testing.LessonStepper;
import dev.interleave.trace.Op;
import org.junit.jupiter.api.Test;

import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One task, two workers, a buffer of one. Both workers wait on the empty buffer; the producer puts the task and
 * wakes both. Whichever gets the lock first takes the task; the other one, woken for nothing, must check again.
 */
class ProducerConsumerScheduleTest {

    private static LessonStepper bothWorkersWokenForOneTask(String variant) {
        LessonStepper run = LessonStepper.start("producer-consumer",
                "tasks=1", "workers=2", "capacity=1", "variant=" + variant);
        return run.until("worker-1", Op.WAIT).steps("worker-1")
                .until("worker-2", Op.WAIT).steps("worker-2")
                .until("producer", Op.UNLOCK).steps("producer"); // put the task, woke both, let the lock go
    }

    @Test
    void withIfTheWorkerWokenForNothingTakesFromAnEmptyBuffer() {
        try (LessonStepper run = bothWorkersWokenForOneTask("buffer-if")) {
            // Only the workers move now (in whichever order the lock lets them), until one has crashed.
            for (int round = 0; round < 50 && !crashed(run); round++) {
                run.offer("worker-1", "worker-2");
            }

            assertThat(crashed(run)).isTrue();
            assertThat(run.finish()).isEqualTo("worker-crashed");
        }
    }

    @Test
    void withWhileTheWorkerWokenForNothingWaitsAgain() {
        try (LessonStepper run = bothWorkersWokenForOneTask("buffer")) {
            for (int round = 0; round < 50; round++) {
                run.offer("worker-1", "worker-2");
            }

            assertThat(crashed(run)).isFalse();
            assertThat(run.finish()).isEqualTo("all-done");
        }
    }

    private static boolean crashed(LessonStepper run) {
        for (String worker : new String[] {"worker-1", "worker-2"}) {
            if (run.thread(worker).failure() instanceof NoSuchElementException) {
                return true;
            }
        }
        return false;
    }
}
