package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Run;
import dev.interleave.engine.Script;

/** Adapts a {@link Scenario} and its parameter values to the engine's {@link Script}; one per run. */
final class LessonScript implements Script {
    private final Scenario scenario;
    private final ParameterValues values;
    private Scenario.Judge judge; // set and read on the run's controller thread

    LessonScript(Scenario scenario, ParameterValues values) {
        if (values.scenario() != scenario) {
            throw new IllegalArgumentException("parameter values of " + values.scenario() + " given to " + scenario);
        }
        this.scenario = scenario;
        this.values = values;
    }

    @Override
    public void setup(Run run) throws Exception {
        judge = scenario.setup(new Lesson(run, values));
    }

    @Override
    public int judge(Run run, Ending ending) {
        Outcome outcome = judge.outcome(ending);
        int index = scenario.outcomes().indexOf(outcome);
        if (index < 0) {
            throw new IllegalStateException(scenario.id() + " judged an undeclared outcome " + outcome);
        }
        return index;
    }
}
