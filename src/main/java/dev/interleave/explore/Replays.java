package dev.interleave.explore;

import dev.interleave.engine.Gate;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.Recording;
import dev.interleave.trace.RecordingHeader;
import dev.interleave.trace.Schedules;

import java.util.Map;

/**
 * Running a recorded run's real code again: the same lesson, parameters and seed, in step mode, so that
 * following the recorded order of steps ({@link Schedules}) makes it happen the same way. A step-mode
 * recording replays exactly; a free run (a trial's witness of a rare outcome) replays the interleaving it
 * happened to take, as long as the threads only met through traced operations.
 */
public final class Replays {
    private Replays() {}

    /** What a recording needs to be replayed: its header, with the schedule read from its events. */
    public static RecordingHeader header(Scenario scenario, ParameterValues values, long seed, String mode,
                                         Recording recording) {
        return new RecordingHeader(scenario.id(), values.asText(), seed, mode, Schedules.threadNames(recording));
    }

    /** The lesson of {@code header}; throws {@link IllegalArgumentException} with a clear message if unknown. */
    public static Scenario lesson(RecordingHeader header) {
        Scenario scenario = Catalog.find(header.lesson());
        if (scenario == null) {
            throw new IllegalArgumentException("this recording is of a lesson this version does not have: "
                    + header.lesson());
        }
        return scenario;
    }

    /** The parameter values of {@code header}, checked against the lesson. */
    public static ParameterValues values(Scenario scenario, RecordingHeader header) {
        ParameterValues values = scenario.defaults();
        for (Map.Entry<String, String> p : header.parameters().entrySet()) {
            values = values.with(p.getKey(), p.getValue());
        }
        return values;
    }

    /**
     * Starts the lesson of {@code header} again in step mode with its parameters and seed; the caller then
     * grants the steps of {@link RecordingHeader#schedule()} (see {@code engine.Schedule}), on a thread
     * that may wait, never the UI thread.
     *
     * @param options how to run it (lines captured for the app, not for tests); mode and seed are set here
     */
    public static Run start(RecordingHeader header, RunOptions options) {
        Scenario scenario = lesson(header);
        ParameterValues values = values(scenario, header);
        Run run = scenario.newRun(options.withMode(Gate.Mode.STEP).withSeed(header.seed()));
        run.start(scenario.script(values));
        return run;
    }
}
