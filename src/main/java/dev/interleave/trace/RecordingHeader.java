package dev.interleave.trace;

import java.util.List;
import java.util.Map;

/**
 * What a saved recording says about the run it came from, beside its events: enough to run the same lesson
 * again with the same parameters, seed and (for step-mode runs) the same order of step grants.
 *
 * @param lesson     the lesson id
 * @param parameters parameter name → value text, as the lesson's parameters parse them
 * @param seed       the run's random seed
 * @param mode       the gate mode the run was made in ({@code FREE}, {@code STEP}, ...)
 * @param schedule   the names of the threads granted steps, in order (empty unless made in step mode)
 */
public record RecordingHeader(String lesson, Map<String, String> parameters, long seed, String mode,
                              List<String> schedule) {
    public RecordingHeader {
        parameters = Map.copyOf(parameters);
        schedule = List.copyOf(schedule);
    }
}
