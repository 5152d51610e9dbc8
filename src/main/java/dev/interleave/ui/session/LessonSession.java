package dev.interleave.ui.session;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Gate;
import dev.interleave.engine.GrantResult;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.ThreadStatus;
import dev.interleave.engine.TracedThread;
import dev.interleave.explore.Replays;
import dev.interleave.scenario.Beat;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.ChromeTrace;
import dev.interleave.trace.Event;
import dev.interleave.trace.History;
import dev.interleave.trace.Recording;
import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.RecordingHeader;
import dev.interleave.trace.Reducer;
import dev.interleave.trace.TimelineIndex;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The view model of the open lesson and what it shows: a live run, a replay of a recorded order of steps,
 * or a recording opened from a file. It holds the lesson, its parameters, the mode (free or step),
 * play/pause, speed, the position in time (live, or an earlier event when rewound), the world state to show
 * and the event log; and the commands (step a thread, step, play, pause, reset, change a parameter, rewind,
 * save, open, re-execute). Views bind to its properties and call its commands; it never touches a node.
 *
 * <p>FX thread only. It never waits for a lesson thread: grants and mode changes take the gate's lock only
 * for bookkeeping, resets of old runs happen in the background, and replays are driven from a thread of
 * their own.
 */
public final class LessonSession {
    /** The slowest free-mode pace: one step every two seconds. */
    static final long SLOWEST_DELAY_NANOS = 2_000_000_000L;
    private static final int LOG_LIMIT = 3000;
    /**
     * How far a run at full speed may get ahead of the screen, in events: about a third of a second of what
     * the pump reduces (see {@link dev.interleave.engine.ViewerPace}).
     */
    private static final long VIEWER_LEAD = 50_000;

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
    /** The learner's speed while a lesson with a speed of its own is open ({@link #takeSpeedOf}); else NaN. */
    private double chosenSpeed = Double.NaN;
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final LongProperty generation = new SimpleLongProperty(this, "generation");
    private final LongProperty position = new SimpleLongProperty(this, "position", -1);
    private final BooleanProperty ended = new SimpleBooleanProperty(this, "ended");
    private final BooleanProperty fromFile = new SimpleBooleanProperty(this, "fromFile");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<Beat> beat = new SimpleObjectProperty<>(this, "beat");
    /** The lesson's beats not yet shown since it was opened, and how far the events were checked for them. */
    private final List<Beat> pendingBeats = new ArrayList<>();
    private long beatsCheckedUpTo;
    private final ObjectProperty<Highlight> highlight = new SimpleObjectProperty<>(this, "highlight", Highlight.NONE);
    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    /** The log's line for events that went by too fast to tell one by one. */
    private final FloodNote floodNote = new FloodNote(log, line -> addLines(List.of(line)),
            events -> texts().get("log.skipped", events));
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>(this, "run");
    /** What is shown; empty until a lesson opens. */
    private History history = new History(new dev.interleave.trace.Recording());
    private TimelineIndex timeline = new TimelineIndex();
    /** The state at {@link #position}, computed once per position. */
    private WorldState past;
    private long pastAt = -1;
    /** The recording opened from a file (what "Run its code again" replays), or null. */
    private RecordingHeader loadedHeader;
    private ScheduleReplayer replayer;
    /** The current run has been in step mode from its start (its recording replays exactly). */
    private boolean stepOnly;
    /** When a recording plays back, the time the next event is due. */
    private long playbackDue;
    /** The live statuses seen at the last pulse, to notice a change that no event announced. */
    private ThreadStatus[] lastStatuses = new ThreadStatus[0];
    /** What the user was last told about the recording's memory cap. */
    private Recording.Overflow shownOverflow = Recording.Overflow.NONE;
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
            if (replayer != null) {
                replayer.setPace(delayNanos());
            }
        });
        position.addListener((obs, old, now) -> bump());
        texts.localeProperty().addListener((obs, old, now) -> relanguage());
    }

    /** Starts following runs (call once the scene is up). */
    public void start() {
        pump.start();
    }

    public void stop() {
        pump.stop();
        stopCurrent();
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

    /** Bumped whenever what the stage shows changed: the world state, the log, a live status, the position. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /** Bumped when a new run starts or a recording is opened: views drop what they showed before. */
    public ReadOnlyLongProperty generationProperty() {
        return generation;
    }

    /** -1 when showing the present; otherwise the number of events shown (rewound to just before that event). */
    public ReadOnlyLongProperty positionProperty() {
        return position;
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended;
    }

    /** True when what is shown is a recording opened from a file (no live threads). */
    public ReadOnlyBooleanProperty fromFileProperty() {
        return fromFile;
    }

    /** A short message for the user (a replay that diverged, a file that could not be opened), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public void say(String text) {
        message.set(text);
    }

    public ObjectProperty<Highlight> highlightProperty() {
        return highlight;
    }

    public ObservableList<LogLine> log() {
        return log;
    }

    /** The live run, or null while a recording opened from a file is shown. */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run;
    }

    public History history() {
        return history;
    }

    /** The world state to show: the present, or the past when rewound. FX thread. */
    public WorldState world() {
        long at = position.get();
        if (at < 0) {
            return history.live();
        }
        if (at != pastAt || past == null) {
            past = history.stateAt(Math.min(at, history.size()));
            pastAt = at;
        }
        return past;
    }

    /** The number of events the shown state holds (the position, or all reduced so far). */
    public long shownPosition() {
        long at = position.get();
        return at < 0 ? history.size() : at;
    }

    public boolean viewingPast() {
        return position.get() >= 0;
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

    /** True while a recorded order of steps is being played into the run. */
    public boolean replaying() {
        return replayer != null;
    }

    // ---- lessons and runs -----------------------------------------------------------------------------------

    /** Opens {@code lesson} with its default parameters and starts a fresh run; its teaching beats are due again. */
    public void open(Scenario lesson) {
        takeSpeedOf(lesson);
        scenario.set(lesson);
        values.set(lesson.defaults());
        pendingBeats.clear();
        pendingBeats.addAll(lesson.beats());
        beat.set(null);
        restart();
    }

    /**
     * Sets the speed {@code lesson} is meant to be watched at, if it has one, remembering the learner's; gives
     * the learner's back when a lesson without one is opened. A change of speed made meanwhile belongs to the
     * lesson that has its own and is not kept.
     */
    private void takeSpeedOf(Scenario lesson) {
        OptionalDouble own = lesson.speed();
        if (own.isPresent()) {
            if (Double.isNaN(chosenSpeed)) {
                chosenSpeed = speed.get();
            }
            speed.set(own.getAsDouble());
        } else if (!Double.isNaN(chosenSpeed)) {
            speed.set(chosenSpeed);
            chosenSpeed = Double.NaN;
        }
    }

    // ---- teaching beats -------------------------------------------------------------------------------------

    /** The teaching card showing now, or null. */
    public ReadOnlyObjectProperty<Beat> beatProperty() {
        return beat;
    }

    /** Puts the teaching card away; false when none was showing. */
    public boolean dismissBeat() {
        if (beat.get() == null) {
            return false;
        }
        beat.set(null);
        return true;
    }

    /** Shows the next due beat whose moment has come, pausing the run so the class can think. */
    private void checkBeats() {
        if (pendingBeats.isEmpty() || beat.get() != null || viewingPast()) {
            return;
        }
        long end = history.size();
        for (Beat b : List.copyOf(pendingBeats)) {
            if (due(b, end)) {
                pendingBeats.remove(b);
                beat.set(b.trigger() == Beat.Trigger.END ? toldForOutcome(b) : b);
                if (playing.get()) {
                    pause();
                }
                break;
            }
        }
        beatsCheckedUpTo = end;
    }

    /**
     * An end card in the words the lesson gives for how this run ended, when it gives some: "both pass the
     * check" would read wrong under a run that the lock kept right.
     */
    private Beat toldForOutcome(Beat b) {
        Scenario lesson = scenario.get();
        int reached = history.live().outcome();
        if (reached < 0 || reached >= lesson.outcomes().size()) {
            return b;
        }
        Beat told = b.forGrade(lesson.outcomes().get(reached).grade());
        return texts.hasLesson(told.textKey(lesson.id())) ? told : b;
    }

    private boolean due(Beat b, long end) {
        return switch (b.trigger()) {
            case START -> true;
            case END -> history.live().outcome() >= 0;
            case DEADLOCK -> history.live().deadlock() != null;
            case FIRST_BLOCK -> anyEvent(end, e -> e instanceof Event.LockRequested r
                    && history.live().thread(r.thread()) != null
                    && history.live().thread(r.thread()).state() == Thread.State.BLOCKED);
            case FIRST_WRITE -> anyEvent(end, e -> e instanceof Event.ValueWritten || e instanceof Event.TextWritten);
        };
    }

    private boolean anyEvent(long end, java.util.function.Predicate<Event> test) {
        for (long seq = beatsCheckedUpTo; seq < end; seq++) {
            if (test.test(history.recording().event(seq))) {
                return true;
            }
        }
        return false;
    }

    /** Sets a parameter from its text form and starts a fresh run with it. */
    public void setParameter(String name, String text) {
        values.set(values.get().with(name, text));
        restart();
    }

    /** Reset: stops what runs (in the background) and starts a fresh run of the lesson with the same settings. */
    public void restart() {
        stopCurrent();
        Scenario lesson = scenario.get();
        Run fresh = lesson.newRun(RunOptions.interactive(gateMode()).withDelayNanos(delayNanos()));
        fresh.viewerPace().follow(VIEWER_LEAD);
        show(fresh);
        fresh.start(lesson.script(values.get()));
    }

    /** Stops the current run, if any, in the background, and any replay feeding it. */
    private void stopCurrent() {
        if (replayer != null) {
            replayer.stop();
            replayer = null;
        }
        Run old = run.get();
        if (old != null) {
            old.resetAsync().thenAccept(stuck -> {
                if (!stuck.isEmpty()) {
                    Platform.runLater(() -> addLines(List.of(new LogLine(-1, -1, -1,
                            texts.get("log.stuck", String.join(", ", stuck)), LogLine.Kind.PROBLEM))));
                }
            });
        }
    }

    /** Shows {@code fresh} (a new run, not yet started) from its first event. */
    private void show(Run fresh) {
        attach(new History(fresh.recording()), new TimelineIndex());
        run.set(fresh);
        stepOnly = fresh.options().mode() == Gate.Mode.STEP;
        fromFile.set(false);
        loadedHeader = null;
        generation.set(generation.get() + 1);
        bump();
    }

    /** Follows {@code newHistory}, laid out in {@code newTimeline} (both fed as far as each other). */
    private void attach(History newHistory, TimelineIndex newTimeline) {
        history = newHistory;
        beatsCheckedUpTo = 0;
        past = null;
        pastAt = -1;
        position.set(-1);
        lastStatuses = new ThreadStatus[0];
        shownOverflow = Recording.Overflow.NONE;
        shownEvents = -1;
        log.clear();
        highlight.set(Highlight.NONE);
        ended.set(false);
        message.set("");
        timeline = newTimeline;
        pump.attach(history, new Narrator(texts, scenario.get()), timeline);
    }

    /** The shown run laid out in time, as far as the stage shows it (the present). FX thread. */
    public TimelineIndex timeline() {
        return timeline;
    }

    /**
     * Runs the lesson of {@code header} again, its real code, in step mode, granting its recorded steps one
     * by one at the chosen speed (Play / Pause / Step control the replay).
     */
    public void replay(RecordingHeader header) {
        stopCurrent();
        Scenario lesson = Replays.lesson(header);
        scenario.set(lesson);
        values.set(Replays.values(lesson, header));
        mode.set(Mode.STEP);
        Run fresh = Replays.start(header, RunOptions.interactive(Gate.Mode.STEP).withDelayNanos(delayNanos()));
        show(fresh);
        replayer = new ScheduleReplayer(fresh, header.schedule(), delayNanos(),
                (done, refusal) -> Platform.runLater(() -> replayStopped(fresh, done, refusal)));
        playing.set(true);
        replayer.start();
    }

    private void replayStopped(Run replayed, int done, GrantResult refusal) {
        if (run.get() != replayed) {
            return;
        }
        replayer = null;
        playing.set(false);
        if (refusal != null) {
            say(texts.get("replay.diverged", done + 1, texts.get("refusal." + refusal.refusal().name(), "")));
        }
    }

    /**
     * Shows a recording opened from a file, from its first event; Play plays it back. Teaching cards belong to
     * live runs: the open lesson's card, if one was up, goes, and none comes while the recording is shown.
     */
    public void openRecording(OpenedRecording opened) {
        RecordingFile.Loaded loaded = opened.loaded();
        Scenario lesson = Replays.lesson(loaded.header());
        ParameterValues recorded = Replays.values(lesson, loaded.header());
        stopCurrent();
        pendingBeats.clear();
        beat.set(null);
        takeSpeedOf(lesson);
        scenario.set(lesson);
        values.set(recorded);
        run.set(null);
        attach(opened.history(), opened.timeline());
        narrateLatest();
        loadedHeader = loaded.header();
        fromFile.set(true);
        playing.set(false);
        generation.set(generation.get() + 1);
        position.set(0);
        bump();
    }

    /** Runs the code of the recording opened from a file again, under its recorded order of steps. */
    public void reexecute() {
        if (loadedHeader != null) {
            replay(loadedHeader);
        }
    }

    /** Work on files that may take a while: prepared on the FX thread, then run on any thread. */
    @FunctionalInterface
    public interface FileTask {
        void run() throws IOException;
    }

    /**
     * Saving what is shown (the run, or the opened recording) with what is needed to replay it. What it reads
     * is taken now; the task itself (reading back the schedule, writing the file) runs on any thread.
     */
    public FileTask saveTask(Path file) {
        Recording recording = history.recording();
        RecordingHeader loaded = loadedHeader;
        Scenario lesson = scenario.get();
        ParameterValues shownValues = values.get();
        Run r = run.get();
        long seed = r == null ? 1 : r.options().seed();
        String recordedMode = stepOnly ? "STEP" : "FREE";
        return () -> RecordingFile.write(file, loaded != null ? loaded
                : Replays.header(lesson, shownValues, seed, recordedMode, recording), recording);
    }

    /** Exporting what is shown as a Chrome / Perfetto trace; prepared now, run on any thread. */
    public FileTask exportTask(Path file) {
        Recording recording = history.recording();
        String lesson = scenario.get().id();
        return () -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                ChromeTrace.write(recording, lesson, out);
            }
        };
    }

    // ---- mode, play, step -----------------------------------------------------------------------------------

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
        } else {
            stepOnly = false;
        }
        Run r = run.get();
        if (r != null && replayer == null) {
            r.gate().setMode(gateMode());
        }
    }

    /**
     * Free mode, running. After the end of a run, plays a fresh one. A recording from a file plays back; a
     * replay resumes. A teaching card still up is put away, as by a step: going on is the answer to it, and
     * while it stays up no later card can come (the lesson's "Why?" at the end would be lost).
     */
    public void play() {
        dismissBeat();
        goLive();
        if (fromFile.get()) {
            if (position.get() < 0 || position.get() >= history.size()) {
                position.set(0);
            }
            playing.set(true);
            playbackDue = System.nanoTime();
            return;
        }
        if (replayer != null) {
            playing.set(true);
            replayer.setPaused(false);
            return;
        }
        mode.set(Mode.FREE);
        stepOnly = false;
        playing.set(true);
        if (ended.get()) {
            restart();
        } else {
            run.get().gate().setMode(gateMode());
        }
    }

    public void pause() {
        playing.set(false);
        if (replayer != null) {
            replayer.setPaused(true);
        } else if (mode.get() == Mode.FREE && run.get() != null) {
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

    /**
     * Lets thread {@code id} take one step, switching to step mode (and back to the present) if needed; puts a
     * teaching card away as {@link #play} does.
     */
    public GrantResult step(int threadId) {
        Run r = run.get();
        if (r == null || replayer != null) {
            return new GrantResult(GrantResult.Refusal.RUN_OVER, -1);
        }
        dismissBeat();
        goLive();
        if (mode.get() != Mode.STEP) {
            setMode(Mode.STEP);
        }
        TracedThread t = r.thread(threadId);
        GrantResult result = t == null ? new GrantResult(GrantResult.Refusal.NO_SUCH_THREAD, -1) : r.gate().grant(t);
        bump();
        return result;
    }

    /**
     * One step: the thread that has waited longest takes one (switching to step mode first); in a replay, the
     * next recorded step; in a recording from a file or when rewound, the next event. Puts a teaching card away
     * as {@link #play} does.
     *
     * @return the id of the thread that took the step, or -1 (none could, or it was not a thread's step)
     */
    public int stepNext() {
        dismissBeat();
        if (fromFile.get() || viewingPast()) {
            stepForward();
            return -1;
        }
        if (replayer != null) {
            pause();
            replayer.stepOnce();
            return -1;
        }
        if (mode.get() != Mode.STEP) {
            setMode(Mode.STEP);
        }
        TracedThread stepped = run.get().gate().grantLongestWaiting();
        bump();
        return stepped == null ? -1 : Run.idOf(stepped);
    }

    /** What stepping thread {@code id} would do now: granted, or why not (to enable and explain its button). */
    public GrantResult canStep(int threadId) {
        Run r = run.get();
        if (r == null || replayer != null) {
            return new GrantResult(GrantResult.Refusal.RUN_OVER, -1);
        }
        TracedThread t = r.thread(threadId);
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

    /** The real thread's state as the JVM reports it, or null (none, or not the present). */
    public Thread.State jvmState(int threadId) {
        Run r = run.get();
        TracedThread t = r == null || viewingPast() ? null : r.thread(threadId);
        return t == null ? null : t.jvmState();
    }

    /** How the live run ended, or null while it runs (or when showing a recording). */
    public Ending ending() {
        Run r = run.get();
        return r == null ? null : r.ending();
    }

    // ---- time -----------------------------------------------------------------------------------------------

    /** Shows the state after {@code events} events (clamped); the end of a live run is the present. */
    public void seek(long events) {
        long clamped = Math.max(0, Math.min(events, history.size()));
        position.set(clamped >= history.size() && !fromFile.get() ? -1 : clamped);
    }

    /** One event back in time; a teaching card that is up goes away (and the step back is taken too). */
    public boolean stepBack() {
        dismissBeat();
        long at = shownPosition();
        if (at <= 0) {
            return false;
        }
        seek(at - 1);
        return true;
    }

    public boolean stepForward() {
        long at = shownPosition();
        if (at >= history.size()) {
            return false;
        }
        seek(at + 1);
        return true;
    }

    /** Back to the present (the end, for a recording from a file, stays where it is). */
    public void goLive() {
        if (!fromFile.get()) {
            position.set(-1);
        }
    }

    // ---- per pulse ------------------------------------------------------------------------------------------

    private void bump() {
        revision.set(revision.get() + 1);
    }

    private void pulse(List<LogLine> lines, long skipped) {
        boolean changed = history.size() != shownEvents;
        shownEvents = history.size();
        floodNote.pulse(skipped, !lines.isEmpty());
        addLines(lines);
        if (fromFile.get()) {
            changed |= playBack();
        }
        checkBeats();
        Run r = run.get();
        if (r != null) {
            // Told after this pulse, not now: lesson threads held back by the pace wake when told, and woken
            // now they would take the cores while this pulse still refreshes the stage and lays it out
            // (UiBench stage64: FX work per pulse p50 9.4 ms told now, 6.3-6.9 ms told after).
            long seen = history.size();
            Platform.runLater(() -> r.viewerPace().shown(seen));
        }
        if (r != null && statusesChanged(r)) {
            changed = true; // e.g. a thread reached the gate just after its event was shown
        }
        changed |= tellOverflow();
        boolean over = r == null ? history.size() == history.recording().size()
                : r.ended() && history.size() == r.recording().size();
        if (over != ended.get()) {
            ended.set(over);
            if (over && !fromFile.get()) {
                playing.set(false);
            }
            changed = true;
        }
        if (changed) {
            bump();
        }
    }

    /** Whether any thread's live status changed since the last pulse (one pass, no copies). */
    private boolean statusesChanged(Run r) {
        int n = r.threadCount();
        if (lastStatuses.length != n) {
            lastStatuses = new ThreadStatus[n];
        }
        boolean changed = false;
        for (int id = 1; id <= n; id++) {
            ThreadStatus s = r.thread(id).status();
            if (lastStatuses[id - 1] != s) {
                lastStatuses[id - 1] = s;
                changed = true;
            }
        }
        return changed;
    }

    /** Tells the user once when a long run's recording goes past its memory cap, and what became of it. */
    private boolean tellOverflow() {
        Recording recording = history.recording();
        Recording.Overflow now = recording.overflow();
        if (now == shownOverflow) {
            return false;
        }
        shownOverflow = now;
        switch (now) {
            case SPILLED -> say(texts.get("recording.spilled", String.valueOf(recording.spillFile())));
            case DROPPED -> say(texts.get("recording.dropped", recording.firstAvailable()));
            case FULL -> say(texts.get("recording.full"));
            case NONE -> { }
        }
        return true;
    }

    /** Advances a recording from a file while it plays; true when the position moved. */
    private boolean playBack() {
        if (!playing.get()) {
            return false;
        }
        long now = System.nanoTime();
        if (now < playbackDue) {
            return false;
        }
        long delay = delayNanos();
        long at = shownPosition();
        long next = delay == 0 ? history.size() : at + 1;
        playbackDue = now + delay;
        seek(next);
        if (next >= history.size()) {
            playing.set(false);
        }
        return true;
    }

    /** Adds lines to the log (a flood's line above them first says its whole count), keeping it to its limit. */
    private void addLines(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        floodNote.flush();
        log.addAll(lines);
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
    }

    /** Tells the latest events again in the new language, and redraws the stage. */
    private void relanguage() {
        narrateLatest();
        bump();
    }

    /** Tells the latest events reduced so far (up to the log's length) in the current language. */
    private void narrateLatest() {
        if (scenario.get() != null) {
            Narrator narrator = new Narrator(texts, scenario.get());
            long from = Math.max(0, history.size() - LOG_LIMIT);
            WorldState state = history.stateAt(from);
            List<LogLine> lines = new ArrayList<>();
            for (long seq = from; seq < history.size(); seq++) {
                Event e = history.recording().event(seq);
                LogLine line = narrator.describe(e, state);
                if (line != null) {
                    lines.add(line);
                }
                Reducer.apply(state, e);
            }
            log.setAll(lines);
            pump.setNarrator(narrator);
        }
    }
}
