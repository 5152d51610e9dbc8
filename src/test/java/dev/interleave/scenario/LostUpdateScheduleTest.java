package dev.interleave.scenario;

import dev.interleave.testing.EventText;
import dev.interleave.testing.LessonStepper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** count++ split into read, add, write: a scripted interleaving loses an increment; the lock makes it whole. */
class LostUpdateScheduleTest {
    /** Both read 0 before either writes: both write 1. */
    private static final String[] BOTH_READ_FIRST = {"T1", "T2", "T1", "T2"};

    @Test
    void bothReadingBeforeEitherWritesLosesAnIncrement() {
        try (LessonStepper run = LessonStepper.start("lost-update", "threads=2", "increments=1", "lock=off")) {
            run.steps(BOTH_READ_FIRST);

            assertThat(run.outcome()).isEqualTo("lost-update");
            assertThat(EventText.of(run.run().recording())).containsSubsequence(
                    "T1 ValueRead variable=count value=0",
                    "T2 ValueRead variable=count value=0",
                    "T1 ValueWritten variable=count value=1",
                    "T2 ValueWritten variable=count value=1");
        }
    }

    @Test
    void theThreeStepsOfOneIncrementAreAllVisible() {
        try (LessonStepper run = LessonStepper.start("lost-update", "threads=1", "increments=1", "lock=off")) {
            run.steps("T1", "T1");

            assertThat(run.outcome()).isEqualTo("all-counted");
            assertThat(EventText.of(run.run().recording())).containsSubsequence(
                    "T1 ValueRead variable=count value=0",
                    "T1 Note key=lost-update.note.add args=[0, 1]",
                    "T1 ValueWritten variable=count value=1");
        }
    }

    @Test
    void withTheLockTheSameScheduleCountsEveryIncrement() {
        try (LessonStepper run = LessonStepper.start("lost-update", "threads=2", "increments=1", "lock=on")) {
            run.offer(BOTH_READ_FIRST);

            assertThat(run.finish()).isEqualTo("all-counted");
        }
    }
}
