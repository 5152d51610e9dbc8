package dev.interleave.scenario;

import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.Ending;
import dev.interleave.engine.Script;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A lesson: real Java code on the traced primitives. A subclass declares its id, topic, parameters and graded
 * outcomes, and in {@link #setup} creates the run's shared objects and threads and returns the {@link Judge}
 * that names the outcome once they are done.
 *
 * <p>One instance serves every run of the lesson, on any thread: keep per-run state in {@code setup}'s
 * locals, never in fields. Texts live in the lesson bundle under {@code <id>.*}; the source shown in the app
 * is the subclass's own {@code .java} file, packaged as a resource.
 */
public abstract class Scenario {
    private final String id;
    private final Topic topic;
    private final List<Parameter<?>> parameters;
    private final List<Outcome> outcomes;

    protected Scenario(String id, Topic topic, List<Parameter<?>> parameters, List<Outcome> outcomes) {
        this.id = id;
        this.topic = topic;
        this.parameters = List.copyOf(parameters);
        this.outcomes = List.copyOf(outcomes);
    }

    /** Names the outcome of a run whose threads are done (or deadlocked). */
    @FunctionalInterface
    public interface Judge {
        /**
         * @return one of the lesson's declared outcomes; throw {@link IllegalStateException} for a final state
         * the lesson did not foresee (the run then counts as failed, which tests catch)
         */
        Outcome outcome(Ending ending);
    }

    /** Creates the run's objects and threads (on the run's controller thread) and returns its judge. */
    protected abstract Judge setup(Lesson lesson) throws Exception;

    public final String id() {
        return id;
    }

    public final Topic topic() {
        return topic;
    }

    public final List<Parameter<?>> parameters() {
        return parameters;
    }

    public final List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * The lesson's teaching beats, in the order they may appear. Every lesson predicts before the run and
     * explains at its end ({@code <id>.beat.predict}, {@code <id>.beat.explain}); override to add more.
     */
    public List<Beat> beats() {
        return List.of(Beat.predict("predict"), Beat.explain("explain"));
    }

    /**
     * The speed the lesson is meant to be watched at in free mode (0 to 1, as the speed slider: 1 is full
     * speed), or empty for the speed the learner chose. A lesson whose threads are counted in thousands has
     * its own: at the usual third of a second a step, its main thread alone would take most of an hour to
     * start them.
     */
    public OptionalDouble speed() {
        return OptionalDouble.empty();
    }

    /** The parameter with this name, or null. */
    public final Parameter<?> parameter(String name) {
        for (Parameter<?> p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The declared outcome with this id; throws if there is none (a lesson bug). */
    public final Outcome outcome(String outcomeId) {
        for (Outcome o : outcomes) {
            if (o.id().equals(outcomeId)) {
                return o;
            }
        }
        throw new IllegalArgumentException(id + " declares no outcome " + outcomeId);
    }

    public final ParameterValues defaults() {
        return ParameterValues.defaults(this);
    }

    /** A new run of this lesson: its lines are taken from this lesson's source. Start it with {@link #script}. */
    public final Run newRun(RunOptions options) {
        return new Run(options.withSourceClass(sourceClass()));
    }

    /** What a run executes for these parameter values. */
    public final Script script(ParameterValues values) {
        return new LessonScript(this, values);
    }

    /** The class whose source lines the code panel marks. */
    public final String sourceClass() {
        return getClass().getName();
    }

    /** The classpath resource holding this lesson's Java source. */
    public final String sourceResource() {
        return "/lessons-src/" + getClass().getSimpleName() + ".java";
    }

    /** The classpath resource holding the Python program this lesson corresponds to. */
    public final String pythonResource() {
        return "/lessons-py/" + id + ".py";
    }

    public final String titleKey() {
        return id + ".title";
    }

    @Override
    public String toString() {
        return id;
    }
}
