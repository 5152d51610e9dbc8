package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Gate;
import dev.interleave.engine.GrantResult;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.Schedule;
import dev.interleave.trace.History;
import dev.interleave.trace.ObjectModel;
import dev.interleave.trace.WorldState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner as scheduler, scripted: the same grants force the race with the lock off and fail with it on. */
class BankWithdrawalScheduleTest {
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** T1 and T2 both check (100 is enough for each), then each takes its money: 100 - 50 - 75 = -25. */
    private static final Schedule BOTH_CHECK_FIRST = Schedule.of(
            "T1",             // T1 reads balance for its check
            "T2",             // T2 reads balance for its check
            "T1", "T1", "T1", // T1 thinks, reads 100, writes 50
            "T2", "T2", "T2"  // T2 thinks, reads 50, writes -25
    );
    private final Scenario bank = Catalog.find("bank-withdrawal");
    private Run run;

    @AfterEach
    void stop() {
        if (run != null) {
            assertThat(run.reset()).isEmpty();
        }
    }

    private Run start(String lock) {
        run = bank.newRun(RunOptions.interactive(Gate.Mode.STEP));
        run.start(bank.script(bank.defaults().with("lock", lock).with("think", "1")));
        return run;
    }

    @Test
    void withTheLockOffTheScheduleDrivesTheBalanceNegative() throws Exception {
        Run run = start("off");

        Schedule.Result result = BOTH_CHECK_FIRST.follow(run, SETTLE);

        assertThat(result.complete()).isTrue();
        assertThat(run.awaitEnd(SETTLE)).isTrue();
        assertThat(run.ending()).isEqualTo(Ending.COMPLETED);
        assertThat(bank.outcomes().get(run.outcome()).id()).isEqualTo("negative");
        History history = new History(run.recording());
        history.advance(Integer.MAX_VALUE);
        WorldState end = history.live();
        assertThat(((ObjectModel.Variable) end.objectNamed("balance")).value()).isEqualTo(-25);
        assertThat(end.outcome()).isEqualTo(bank.outcomes().indexOf(bank.outcome("negative")));
    }

    @Test
    void withTheLockOnTheSecondThreadIsBlockedAndCannotBeGranted() {
        Run run = start("on");

        // T1 takes the lock, T2 asks for it: T2 is now blocked, so its next grant is refused.
        Schedule.Result result = Schedule.of("T1", "T2", "T2").follow(run, SETTLE);

        assertThat(result.complete()).isFalse();
        assertThat(result.granted()).isEqualTo(2);
        assertThat(result.refusedThread()).isEqualTo("T2");
        assertThat(result.refusal().refusal()).isEqualTo(GrantResult.Refusal.BLOCKED);
        History history = new History(run.recording());
        history.advance(Integer.MAX_VALUE);
        WorldState now = history.live();
        ObjectModel.Lock account = (ObjectModel.Lock) now.objectNamed("account");
        assertThat(result.refusal().object()).isEqualTo(account.id());
        assertThat(now.threadNamed("T2").state()).isEqualTo(Thread.State.BLOCKED);
        assertThat(account.owner()).isEqualTo(now.threadNamed("T1").id());
        assertThat(account.entryQueue()).containsExactly(now.threadNamed("T2").id());
    }

    @Test
    void withTheLockOnTheSameOrderOfThreadsEndsAcceptably() throws Exception {
        Run run = start("on");
        // Keep offering T1 and T2 in turn, the way a learner would try; only grantable steps are taken.
        while (!run.ended()) {
            assertThat(run.awaitSettled(SETTLE) || run.ended()).isTrue();
            for (var t : run.threads()) {
                run.gate().grant(t);
                run.awaitSettled(SETTLE);
            }
        }
        assertThat(bank.outcomes().get(run.outcome()).grade()).isEqualTo(Grade.ACCEPTABLE);
    }
}
