package dev.interleave.explore;

import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;

import java.time.Duration;
import dev.interleave.trace.RecordingHeader;

import java.util.List;

/**
 * The counts of many independent runs of one lesson, per declared outcome (jcstress's table).
 *
 * @param counts       per outcome, in the lesson's declaration order
 * @param failed       runs that did not reach a declared outcome (the lesson's setup or judge threw); a lesson
 *                     bug, which tests treat as such
 * @param firstFailure what the first failed run threw, or null
 * @param cancelled    true if stopped before all trials ran
 * @param witnesses    per outcome, the first run that reached it (lesson, parameters, seed and the order of its
 *                     steps: see {@link Replays}), or null if none did
 */
public record TrialResult(Scenario scenario, ParameterValues values, int trials, long[] counts, int failed,
                          String firstFailure, boolean cancelled, Duration elapsed,
                          List<RecordingHeader> witnesses) {

    public long count(String outcomeId) {
        return counts[scenario.outcomes().indexOf(scenario.outcome(outcomeId))];
    }

    public List<Outcome> outcomes() {
        return scenario.outcomes();
    }

    /** How many runs reached an outcome of this grade. */
    public long count(dev.interleave.scenario.Grade grade) {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (scenario.outcomes().get(i).grade() == grade) {
                sum += counts[i];
            }
        }
        return sum;
    }

    /** Runs that finished (reached an outcome or failed). */
    public int completed() {
        long sum = failed;
        for (long c : counts) {
            sum += c;
        }
        return (int) sum;
    }

    public double trialsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : completed() / seconds;
    }
}
