package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.testing.EventText;
import dev.interleave.testing.LessonStepper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A transfer takes the account lock, then each change takes it again. */
class ReentrantLockScheduleTest {

    @Test
    void theReentrantLockCountsItsHoldsUpAndDown() {
        try (LessonStepper run = LessonStepper.start("reentrant-lock", "variant=rlock")) {
            run.toEnd("T1");

            assertThat(run.finish()).isEqualTo("transferred");
            assertThat(EventText.of(run.run().recording()).stream()
                    .filter(line -> line.startsWith("T1 Lock") && !line.contains("Requested"))).containsExactly(
                    "T1 LockAcquired lock=account hold=1",
                    "T1 LockAcquired lock=account hold=2",
                    "T1 LockReleased lock=account hold=1",
                    "T1 LockAcquired lock=account hold=2",
                    "T1 LockReleased lock=account hold=1",
                    "T1 LockReleased lock=account hold=0");
        }
    }

    @Test
    void aPlainLockTakenAgainByItsHolderDeadlocks() {
        try (LessonStepper run = LessonStepper.start("reentrant-lock", "variant=lock")) {
            run.steps("T1", "T1", "T2"); // T1 takes the permit, asks again; T2 asks too: nobody can move

            assertThat(run.outcome()).isEqualTo("self-deadlock");
            assertThat(run.ending()).isEqualTo(Ending.DEADLOCK);
        }
    }
}
