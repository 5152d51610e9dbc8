package dev.interleave.scenario;

import dev.interleave.testing.EventText;
import dev.interleave.testing.LessonStepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule that drives the unprotected balance negative, tried on each of the three fixes. */
class BankWithdrawalFixScheduleTest {
    /** Both check before either takes the money (see {@link BankWithdrawalScheduleTest}). */
    private static final String[] BOTH_CHECK_FIRST = {"T1", "T2", "T1", "T1", "T1", "T2", "T2", "T2"};

    @ParameterizedTest
    @ValueSource(strings = {"reentrant-lock", "synchronized", "cas"})
    void everyFixKeepsTheBothCheckFirstScheduleSafe(String fix) {
        try (LessonStepper run = LessonStepper.start("bank-withdrawal", "lock=on", "fix=" + fix, "think=1")) {
            run.offer(BOTH_CHECK_FIRST);

            assertThat(run.finish()).isIn("t1-paid", "t2-paid");
        }
    }

    @Test
    void compareAndSetFailsForTheSecondWriterWhichStartsOverAndIsRefused() {
        try (LessonStepper run = LessonStepper.start("bank-withdrawal", "lock=on", "fix=cas", "think=1")) {
            run.steps("T1", "T2",   // both read 100 and find it enough
                    "T1", "T1",     // T1 thinks, then sets 100 -> 50
                    "T2", "T2",     // T2 thinks, then fails to set 100 -> 25: the balance is 50 now
                    "T2");          // T2 reads 50 again: not enough for 75

            assertThat(run.outcome()).isEqualTo("t1-paid");
            assertThat(EventText.of(run.run().recording())).containsSubsequence(
                    "T1 CompareAndSet variable=balance expected=100 update=50 success=true",
                    "T2 CompareAndSet variable=balance expected=100 update=25 success=false",
                    "T2 Note key=bank-withdrawal.note.retry args=[100]",
                    "T2 ValueRead variable=balance value=50");
        }
    }
}
