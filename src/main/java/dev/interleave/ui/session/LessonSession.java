package dev.interleave.ui.session;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Gate;
import dev.interleave.engine.GrantResult;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.ThreadStatus;
import dev.interleave.engine.TracedThread;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.Event;
import dev.interleave.trace.History;
import dev.interleave.trace.Reducer;
import dev.interleave.trace.WorldState;
import dev.interleave.ui.Texts;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Arrays;
import java.util.List;

/**
 * The view model of the open lesson and its current run: which lesson, its parameters, the mode (free or
 * step), play/pause, speed; the world state to show and the event log; and the commands (step a thread,
 * step, play, pause, reset, change a parameter). Views bind to its properties and call its commands; it
 * never touches a node.
 *
 * <p>FX thread only. It never waits for a lesson thread: grants and mode changes take the gate's lock only
 * for bookkeeping, and a reset of the old run happens in the background while the new run starts.
 */
public final class LessonSession {
    /** The slowest free-mode pace: one step every two seconds. */
    static final long SLOWEST_DELAY_NANOS = 2_000_000_000L;
    private static final int LOG_LIMIT = 3000;

    /** The two modes a learner chooses between (pause is part of free mode). */
    public enum Mode { FREE, STEP }

    /** A thread and an object to point out on the stage (from a click in the log); -1 for none. */
    public record Highlight(int thread, int object) {
        public static final Highlight NONE = new Highlight(-1, -1);
    }

    private final Texts texts;
    private final EventPump pump;
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<ParameterValues> values = new SimpleObjectProperty<>(this, "values");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.STEP);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 0.6);
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final BooleanProperty ended = new SimpleBooleanProperty(this, "ended");
    private final ObjectProperty<Highlight> highlight = new SimpleObjectProperty<>(this, "highlight", Highlight.NONE);
    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>(this, "run");
    private History history;
    private WorldState world = new WorldState();
    /** The live statuses seen at the last pulse, to notice a change that no event announced. */
    private ThreadStatus[] lastStatuses = new ThreadStatus[0];
    /** How many events the stage showed at the last pulse. */
    private long shownEvents = -1;

    public LessonSession(Texts texts) {
        this.texts = texts;
        this.pump = new EventPump(this::pulse);
        speed.addListener((obs, old, now) -> {
            Run r = run.get();
            if (r != null) {
                r.gate().setDelay(delayNanos());
            }
        });
        texts.localeProperty().addListener((obs, old, now) -> relanguage());
    }

    /** Starts following runs (call once the scene is up). */
    public void start() {
        pump.start();
    }

    public void stop() {
        pump.stop();
        Run r = run.get();
        if (r != null) {
            r.resetAsync();
        }
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ReadOnlyObjectProperty<ParameterValues> valuesProperty() {
        return values;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    /** 0 (one step every 2 s) to 1 (full speed). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Bumped whenever the world state, the log or a thread's live status changed. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended;
    }

    public ObjectProperty<Highlight> highlightProperty() {
        return highlight;
    }

    public ObservableList<LogLine> log() {
        return log;
    }

    public ReadOnlyObjectProperty<Run> runProperty() {
        return run;
    }

    /** The world state to show now. Read it on the FX thread when {@link #revisionProperty()} changes. */
    public WorldState world() {
        return world;
    }

    public Texts texts() {
        return texts;
    }

    public Narrator narrator() {
        return new Narrator(texts, scenario.get());
    }

    /** The pause between steps in free mode: from {@link #SLOWEST_DELAY_NANOS} at speed 0 to none at 1. */
    public long delayNanos() {
        double slow = 1 - Math.max(0, Math.min(1, speed.get()));
        return Math.round(SLOWEST_DELAY_NANOS * slow * slow);
    }

    public EventPump pump() {
        return pump;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Opens {@code lesson} with its default parameters and starts a fresh run. */
    public void open(Scenario lesson) {
        scenario.set(lesson);
        values.set(lesson.defaults());
        restart();
    }

    /** Sets a parameter from its text form and starts a fresh run with it. */
    public void setParameter(String name, String text) {
        values.set(values.get().with(name, text));
        restart();
    }

    /** Reset: stops the current run (in the background) and starts a fresh one with the same settings. */
    public void restart() {
        Run old = run.get();
        if (old != null) {
            old.resetAsync().thenAccept(stuck -> {
                if (!stuck.isEmpty()) {
                    Platform.runLater(() -> addLines(List.of(new LogLine(-1, -1, -1,
                            texts.get("log.stuck", String.join(", ", stuck)), LogLine.Kind.PROBLEM))));
                }
            });
        }
        Scenario lesson = scenario.get();
        Run fresh = lesson.newRun(RunOptions.interactive(gateMode()).withDelayNanos(delayNanos()));
        history = new History(fresh.recording());
        world = history.live();
        lastStatuses = new ThreadStatus[0];
        shownEvents = -1;
        log.clear();
        highlight.set(Highlight.NONE);
        ended.set(false);
        pump.attach(history, new Narrator(texts, lesson));
        run.set(fresh);
        fresh.start(lesson.script(values.get()));
        revision.set(revision.get() + 1);
    }

    private Gate.Mode gateMode() {
        if (mode.get() == Mode.STEP) {
            return Gate.Mode.STEP;
        }
        return playing.get() ? Gate.Mode.FREE : Gate.Mode.PAUSED;
    }

    public void setMode(Mode newMode) {
        mode.set(newMode);
        if (newMode == Mode.STEP) {
            playing.set(false);
        }
        if (run.get() != null) {
            run.get().gate().setMode(gateMode());
        }
    }

    /** Free mode, running. After the end of a run, plays a fresh one. */
    public void play() {
        mode.set(Mode.FREE);
        playing.set(true);
        if (ended.get()) {
            restart();
        } else {
            run.get().gate().setMode(gateMode());
        }
    }

    public void pause() {
        playing.set(false);
        if (mode.get() == Mode.FREE) {
            run.get().gate().setMode(gateMode());
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Lets thread {@code id} take one step, switching to step mode first if needed. */
    public GrantResult step(int threadId) {
        if (mode.get() != Mode.STEP) {
            setMode(Mode.STEP);
        }
        TracedThread t = run.get().thread(threadId);
        GrantResult result = t == null ? new GrantResult(GrantResult.Refusal.NO_SUCH_THREAD, -1)
                : run.get().gate().grant(t);
        revision.set(revision.get() + 1);
        return result;
    }

    /** Lets the thread that has waited longest take one step (switching to step mode first). */
    public boolean stepNext() {
        if (mode.get() != Mode.STEP) {
            setMode(Mode.STEP);
        }
        boolean stepped = run.get().gate().grantLongestWaiting() != null;
        revision.set(revision.get() + 1);
        return stepped;
    }

    /** What stepping thread {@code id} would do now: granted, or why not (to enable and explain its button). */
    public GrantResult canStep(int threadId) {
        Run r = run.get();
        TracedThread t = r == null ? null : r.thread(threadId);
        if (t == null) {
            return new GrantResult(GrantResult.Refusal.NOT_STARTED, -1);
        }
        if (mode.get() == Mode.FREE) {
            // In free mode a Step press switches to step mode: judge by the thread alone.
            return t.status() == ThreadStatus.AT_GATE ? new GrantResult(GrantResult.Refusal.NONE, -1)
                    : r.gate().check(t);
        }
        return r.gate().check(t);
    }

    /** The real thread's state as the JVM reports it, or null. */
    public Thread.State jvmState(int threadId) {
        Run r = run.get();
        TracedThread t = r == null ? null : r.thread(threadId);
        return t == null ? null : t.jvmState();
    }

    /** How the run ended, or null while it runs. */
    public Ending ending() {
        Run r = run.get();
        return r == null ? null : r.ending();
    }

    // ---- per pulse ------------------------------------------------------------------------------------------

    private void pulse(List<LogLine> lines, long skipped) {
        if (history == null) {
            return;
        }
        boolean changed = history.size() != shownEvents;
        shownEvents = history.size();
        if (skipped > 0) {
            addLines(List.of(new LogLine(-1, -1, -1, texts.get("log.skipped", skipped), LogLine.Kind.NOTE)));
        }
        addLines(lines);
        Run r = run.get();
        ThreadStatus[] statuses = r.threads().stream().map(TracedThread::status).toArray(ThreadStatus[]::new);
        if (!Arrays.equals(statuses, lastStatuses)) {
            lastStatuses = statuses; // e.g. a thread reached the gate just after its event was shown
            changed = true;
        }
        boolean over = r.ended() && history.size() == r.recording().size();
        if (over != ended.get()) {
            ended.set(over);
            if (over) {
                playing.set(false);
            }
            changed = true;
        }
        if (changed) {
            revision.set(revision.get() + 1);
        }
    }

    private void addLines(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        log.addAll(lines);
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
    }

    /** Tells the latest events again in the new language, and redraws the stage. */
    private void relanguage() {
        if (history != null) {
            Narrator narrator = new Narrator(texts, scenario.get());
            long from = Math.max(0, history.size() - LOG_LIMIT);
            WorldState state = history.stateAt(from);
            List<LogLine> lines = new java.util.ArrayList<>();
            for (long seq = from; seq < history.size(); seq++) {
                Event e = history.recording().event(seq);
                LogLine line = narrator.describe(e, state);
                if (line != null) {
                    lines.add(line);
                }
                Reducer.apply(state, e);
            }
            log.setAll(lines);
            pump.attach(history, narrator);
        }
        revision.set(revision.get() + 1);
    }
}
