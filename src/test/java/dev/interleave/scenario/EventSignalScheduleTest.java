package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.testing.LessonStepper;
import dev.interleave.trace.Op;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One waiter, two rounds: an Event set and cleared each round fails both ways; a latch per round does not. */
class EventSignalScheduleTest {

    private static LessonStepper start(String variant) {
        return LessonStepper.start("event-signal", "waiters=1", "prepare=0", "variant=" + variant);
    }

    @Test
    void aWaiterBackBeforeTheClearRunsAheadOnTheOldSignal() {
        try (LessonStepper run = start("event")) {
            run.steps("waiter-1")                          // waits for round 1
                    .until("starter", Op.SIGNAL_SET).steps("starter") // round 1: set, which wakes the waiter
                    .until("waiter-1", Op.SIGNAL_WAIT).steps("waiter-1"); // back before the clear: passes at once

            assertThat(run.finish()).isEqualTo("ran-ahead");
        }
    }

    @Test
    void aWaiterThatComesAfterTheSetAndTheClearWaitsForever() {
        try (LessonStepper run = start("event")) {
            run.until("starter", Op.SIGNAL_SET).steps("starter", "starter"); // set and clear: nobody waits yet

            assertThat(run.finish()).isEqualTo("missed-signal");
            assertThat(run.ending()).isEqualTo(Ending.DEADLOCK);
        }
    }

    @Test
    void withALatchPerRoundTheEarlyReturnWaitsForItsOwnRound() {
        try (LessonStepper run = start("latch")) {
            run.steps("waiter-1")
                    .until("starter", Op.COUNT_DOWN).steps("starter")
                    .until("waiter-1", Op.LATCH_AWAIT).steps("waiter-1");

            assertThat(run.finish()).isEqualTo("in-step");
        }
    }

    @Test
    void withALatchPerRoundALateWaiterStillPasses() {
        try (LessonStepper run = start("latch")) {
            run.toEnd("starter");                          // both rounds opened before the waiter even waits

            assertThat(run.finish()).isEqualTo("in-step");
        }
    }
}
