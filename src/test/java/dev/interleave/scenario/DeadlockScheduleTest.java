package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.testing.LessonStepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Everyone takes a first lock, then everyone asks for a second: a circle, unless a fix breaks it. */
class DeadlockScheduleTest {
    private static final String[] TWO_LOCKS_CROSSED = {"T1", "T2", "T1", "T2"};
    private static final String[] EVERY_PHILOSOPHER_LEFT_THEN_RIGHT = {
            "philosopher-1", "philosopher-2", "philosopher-3",
            "philosopher-1", "philosopher-2", "philosopher-3"};

    @Test
    void twoLocksTakenInOppositeOrdersDeadlock() {
        try (LessonStepper run = LessonStepper.start("deadlock", "variant=two-locks", "fix=none")) {
            run.steps(TWO_LOCKS_CROSSED);

            assertThat(run.outcome()).isEqualTo("deadlock");
            assertThat(run.ending()).isEqualTo(Ending.DEADLOCK);
        }
    }

    @Test
    void philosophersEachHoldingTheirLeftForkDeadlock() {
        try (LessonStepper run = LessonStepper.start("deadlock", "variant=philosophers", "seats=3", "fix=none")) {
            run.steps(EVERY_PHILOSOPHER_LEFT_THEN_RIGHT);

            assertThat(run.outcome()).isEqualTo("deadlock");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"two-locks", "philosophers"})
    void inOneGlobalOrderTheSameScheduleCompletes(String variant) {
        try (LessonStepper run = LessonStepper.start("deadlock", "variant=" + variant, "seats=3", "fix=ordered")) {
            run.offer(variant.equals("two-locks") ? TWO_LOCKS_CROSSED : EVERY_PHILOSOPHER_LEFT_THEN_RIGHT);

            assertThat(run.finish()).isEqualTo("all-done");
        }
    }

    /**
     * After the crossed schedule every thread has failed its tryLock and waits to let its first lock go. Backing
     * off in lockstep, they could retry and fail forever (a livelock: in free runs the random pause breaks the
     * tie). Here all but the first let go, then each runs to its end in turn.
     */
    @Test
    void withTryLockTwoLocksCrossedBackOffAndComplete() {
        try (LessonStepper run = LessonStepper.start("deadlock", "variant=two-locks", "fix=try-lock")) {
            run.offer(TWO_LOCKS_CROSSED).steps("T2").toEnd("T1").toEnd("T2");

            assertThat(run.outcome()).isEqualTo("backed-off");
        }
    }

    /**
     * Stepping the thread that has waited longest, as N does, used to keep two backed-off threads in lockstep
     * for ever: their random pauses were milliseconds, which step pacing does not see. Pauses are counted in
     * steps now, so the tie breaks.
     */
    @ParameterizedTest
    @ValueSource(strings = {"variant=two-locks", "variant=philosophers"})
    void withTryLockTheLongestWaitingThreadFirstEndsInsteadOfLivelocking(String variant) {
        try (LessonStepper run = LessonStepper.start("deadlock", variant, "seats=3", "fix=try-lock")) {
            assertThat(run.finish()).isEqualTo("backed-off");
        }
    }

    @Test
    void withTryLockPhilosophersBackOffAndComplete() {
        try (LessonStepper run = LessonStepper.start("deadlock", "variant=philosophers", "seats=3", "fix=try-lock")) {
            run.offer(EVERY_PHILOSOPHER_LEFT_THEN_RIGHT).steps("philosopher-2", "philosopher-3")
                    .toEnd("philosopher-1").toEnd("philosopher-2").toEnd("philosopher-3");

            assertThat(run.outcome()).isEqualTo("backed-off");
        }
    }
}
