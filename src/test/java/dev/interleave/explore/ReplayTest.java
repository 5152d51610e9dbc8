package dev.interleave.explore;

import dev.interleave.engine.Gate;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.Schedule;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Grade;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.testing.EventText;
import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.RecordingHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-executing the real code of a saved run under its recorded order of steps gives the same run. */
class ReplayTest {
    private static final Duration SETTLE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    /** Runs {@code lesson} in step mode, granting {@code order} round and round until it ends. */
    private static Run stepRun(Scenario lesson, ParameterValues values, long seed, List<String> order) throws Exception {
        Run run = lesson.newRun(RunOptions.interactive(Gate.Mode.STEP).withCaptureLines(false).withSeed(seed));
        run.start(lesson.script(values));
        for (int i = 0; !run.ended() && i < 10_000; i++) {
            assertThat(run.awaitSettled(SETTLE) || run.ended()).isTrue();
            run.gate().grant(run.threadNamed(order.get(i % order.size())));
        }
        assertThat(run.awaitEnd(SETTLE)).isTrue();
        return run;
    }

    /** The index of the first event that is a step taken, not a creation, a start or an announcement. */
    private static int firstStep(List<String> events) {
        for (int i = 0; i < events.size(); i++) {
            if (!events.get(i).matches("\\S+ (ObjectCreated|ThreadCreated|ThreadStarted|StepPending) .*")) {
                return i;
            }
        }
        return events.size();
    }

    private Run replay(RecordingHeader header) throws Exception {
        Run again = Replays.start(header, RunOptions.interactive(Gate.Mode.STEP).withCaptureLines(false));
        Schedule.Result result = new Schedule(header.schedule()).follow(again, SETTLE);
        assertThat(result.complete()).as("replay refused %s: %s", result.refusedThread(), result.refusal()).isTrue();
        assertThat(again.awaitEnd(SETTLE)).isTrue();
        return again;
    }

    @Test
    void aSavedStepModeRunReExecutesToTheSameEventsAndOutcome() throws Exception {
        record Case(String lesson, List<String> params, List<String> order) {}
        List<Case> cases = List.of(
                new Case("bank-withdrawal", List.of("lock=off", "think=1"), List.of("T1", "T2", "T2", "T1")),
                new Case("bank-withdrawal", List.of("lock=on", "think=0"), List.of("T2", "T1", "T1")),
                new Case("lost-update", List.of("threads=3", "increments=2"), List.of("T1", "T2", "T2", "T3", "T1")));
        for (Case c : cases) {
            Scenario lesson = Catalog.find(c.lesson());
            ParameterValues values = lesson.defaults().withAll(c.params());
            Run original = stepRun(lesson, values, 42, c.order());
            RecordingHeader header = Replays.header(lesson, values, 42, "STEP", original.recording());
            Path file = dir.resolve(c.lesson() + ".ilrec");
            RecordingFile.write(file, header, original.recording());

            RecordingFile.Loaded loaded = RecordingFile.read(file);
            Run again = replay(loaded.header());

            assertThat(again.outcome()).as(c.toString()).isEqualTo(original.outcome());
            // Threads reach their first step point in any order; from the first step on, it is the same run.
            List<String> before = EventText.of(original.recording());
            List<String> after = EventText.of(again.recording());
            int start = firstStep(before);
            assertThat(firstStep(after)).isEqualTo(start);
            assertThat(after.subList(0, start)).as(c.toString()).containsExactlyInAnyOrderElementsOf(before.subList(0, start));
            assertThat(after.subList(start, after.size())).as(c.toString()).isEqualTo(before.subList(start, before.size()));
        }
    }

    @Test
    void aTrialWitnessOfAForbiddenOutcomeReplaysStepByStepToThatOutcome() throws Exception {
        Scenario bank = Catalog.find("bank-withdrawal");
        TrialResult result = new Trials(bank, bank.defaults().with("lock", "off").with("think", "1")).run(200, null);
        int forbidden = -1;
        for (int i = 0; i < bank.outcomes().size(); i++) {
            if (bank.outcomes().get(i).grade() == Grade.FORBIDDEN && result.counts()[i] > 0) {
                forbidden = i;
            }
        }
        assertThat(forbidden).as("200 lock-free trials with thinking reach a forbidden outcome").isNotNegative();
        RecordingHeader witness = result.witnesses().get(forbidden);

        Run again = replay(witness);

        assertThat(again.outcome()).isEqualTo(forbidden);
    }
}
