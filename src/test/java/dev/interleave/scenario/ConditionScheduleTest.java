package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.testing.LessonStepper;
import dev.interleave.trace.Op;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers wait on the monitor for the maker's data: notify versus notifyAll, and the lost wakeup. */
class ConditionScheduleTest {

    /** Both readers wait before the maker runs. */
    private static LessonStepper bothReadersWaiting(String variant) {
        LessonStepper run = LessonStepper.start("condition", "readers=2", "prepare=0", "variant=" + variant);
        return run.until("reader-1", Op.WAIT).steps("reader-1")
                .until("reader-2", Op.WAIT).steps("reader-2")
                .toEnd("maker");
    }

    @Test
    void notifyWakesOneReaderAndLeavesTheOtherWaitingForever() {
        try (LessonStepper run = bothReadersWaiting("notify")) {
            assertThat(run.finish()).isEqualTo("left-waiting");
            assertThat(run.ending()).isEqualTo(Ending.DEADLOCK);
        }
    }

    @Test
    void notifyAllWakesEveryReader() {
        try (LessonStepper run = bothReadersWaiting("notify-all")) {
            assertThat(run.finish()).isEqualTo("all-read");
        }
    }

    @Test
    void aNotifyBetweenTheCheckAndTheWaitIsLost() {
        try (LessonStepper run = LessonStepper.start("condition", "readers=1", "prepare=0", "variant=lost-wakeup")) {
            run.steps("reader-1")   // checks the flag without the monitor: not ready
                    .toEnd("maker"); // sets it and notifies: nobody waits yet

            assertThat(run.finish()).isEqualTo("lost-wakeup");
            assertThat(run.ending()).isEqualTo(Ending.DEADLOCK);
        }
    }

    @Test
    void checkingUnderTheMonitorTheSameOrderEndsWell() {
        try (LessonStepper run = LessonStepper.start("condition", "readers=1", "prepare=0", "variant=notify-all")) {
            run.offer("reader-1", "maker", "maker", "maker", "maker", "maker", "maker");

            assertThat(run.finish()).isEqualTo("all-read");
        }
    }
}
