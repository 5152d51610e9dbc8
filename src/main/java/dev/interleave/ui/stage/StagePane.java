package dev.interleave.ui.stage;

import dev.interleave.engine.Ending;
import dev.interleave.scenario.Grade;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.Event;
import dev.interleave.trace.ObjectModel;
import dev.interleave.trace.ThreadModel;
import dev.interleave.trace.WorldState;
import dev.interleave.ui.SourceText;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The centre of the window: the lesson card (title, what to watch), the outcome banner, the objects (locks,
 * queues, variables, ...) and one lane per thread. Re-renders from the session's world state whenever the
 * session's revision changes, reusing its widgets, then slides moved thread chips into place.
 *
 * <p>FX thread only.
 */
public final class StagePane extends VBox {
    private final LessonSession session;
    private final Texts texts;
    private final IntConsumer onStep;
    private final Label title = new Label();
    private final Label watch = new Label();
    private final OutcomeBanner banner;
    private final FlowPane objects = new FlowPane();
    private final VBox lanes = new VBox();
    private final Map<Integer, ThreadLane> laneById = new HashMap<>();
    private final Map<Integer, StageBox<?>> boxById = new HashMap<>();
    private final ChipMover mover = new ChipMover();
    /** Beyond this many threads one lane each does not fit: the crowd view shows them all at once. */
    static final int MAX_LANES = 48;
    private final ThreadCrowd crowd;
    private StagePresenter presenter;
    /** The lesson's title and what to watch for. */
    private final TitledPane card;
    /** The boxes and the lanes, which scroll when they do not fit. */
    private final ScrollPane scroll;
    /** A thread whose lane to scroll into view after the next layout, or -1. */
    private int laneToShow = -1;

    /** @param onStep what a lane's Step button does with its thread id (the window shows refusals) */
    public StagePane(LessonSession session, DoubleExpression fontSize, IntConsumer onStep) {
        this.session = session;
        this.crowd = new ThreadCrowd(session.texts(), fontSize);
        this.texts = session.texts();
        this.onStep = onStep;
        this.banner = new OutcomeBanner(session::restart);
        getStyleClass().add("stage-area");
        setId("stage");
        // The stage takes the keyboard at start (not the lesson search), and a click on it takes it back.
        setFocusTraversable(true);
        setOnMousePressed(e -> requestFocus());
        title.getStyleClass().add("lesson-title");
        title.setId("lesson-title");
        watch.getStyleClass().add("lesson-watch");
        watch.setWrapText(true);
        watch.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The lesson's title and what to watch for; the learner can fold it away to give the stage room.
        card = new TitledPane();
        card.setGraphic(title);
        card.setContent(watch);
        card.setExpanded(true);
        // Never squeezed: a short window takes its room from the scrolling stage below, not from the last
        // lines of the instructions (they were cut off at 1280x720 when a teaching card was up).
        card.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setId("lesson-card");
        card.getStyleClass().add("lesson-card");
        objects.getStyleClass().add("objects-row");
        objects.setId("objects");
        lanes.getStyleClass().add("lanes");
        lanes.setId("lanes");
        crowd.setVisible(false);
        crowd.setManaged(false);
        VBox scrolled = new VBox(10, objects, lanes, crowd);
        scroll = new ScrollPane(scrolled);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(card, new BeatCard(session), banner, scroll);
        // The chips' new places are read in the scene's own layout pass, just before it is rendered.
        Runnable afterLayout = () -> {
            mover.afterLayout(scrolled);
            if (laneToShow >= 0) {
                scrollToLaneToShow();
            }
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        session.generationProperty().addListener((obs, old, now) -> newRun());
        session.revisionProperty().addListener((obs, old, now) -> refresh());
        session.highlightProperty().addListener((obs, old, now) -> refresh());
    }

    /**
     * As short as its split pane makes it: its cards are laid out from the top, and what does not fit is cut
     * at the bottom. With its cards' full height as its minimum, the split pane centred it when they did not
     * fit, cutting the lesson's title off the top too (a 1280x720 window while the lesson card folded under
     * a "Why?" card). A scroll pane around the stage would have kept everything in reach, but it cost the
     * renderer a fifth of its frames at full speed (UiBench stage64: 49-50 against 61 frames/s).
     */
    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    /**
     * Scrolls the stage so that thread {@code threadId}'s lane is in view, after the next layout, when none of it
     * is in view now: a digit key steps a thread whose lane may be below the fold (on a small window, under the
     * boxes of a lesson with many objects). A lane the learner can see is left where it is, so that what they
     * watch (the bank's balance box above the lanes) does not scroll away. FX thread.
     */
    public void showLane(int threadId) {
        ThreadLane lane = laneById.get(threadId);
        if (lane == null || lane.getScene() == null || partlyInView(lane)) {
            return;
        }
        laneToShow = threadId;
        requestLayout(); // measured after the layout that a card just put away or a step changes
    }

    private boolean partlyInView(Node node) {
        return node.localToScene(node.getBoundsInLocal()).intersects(scroll.localToScene(scroll.getBoundsInLocal()));
    }

    /** Called after a layout pass: the lane's place and the viewport are measured as they will be drawn. */
    private void scrollToLaneToShow() {
        int threadId = laneToShow;
        laneToShow = -1;
        ThreadLane lane = laneById.get(threadId);
        if (lane == null || !lanes.isVisible() || lane.getScene() == null) { // the crowd view has no lanes
            return;
        }
        Node content = scroll.getContent();
        Bounds at = content.sceneToLocal(lane.localToScene(lane.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = content.getLayoutBounds().getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        if (at.getMinY() < top) {
            scroll.setVvalue(at.getMinY() / hidden);
        } else if (at.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (at.getMaxY() - viewport) / hidden));
        }
    }

    private void newRun() {
        card.setExpanded(true);
        laneById.clear();
        boxById.clear();
        lanes.getChildren().clear();
        objects.getChildren().clear();
        mover.forget();
        crowd.clear();
        Scenario lesson = session.scenarioProperty().get();
        presenter = new StagePresenter(session, SourceText.lines(lesson.sourceResource()));
        refresh();
    }

    /** Shows the session's current world state. */
    public void refresh() {
        Scenario lesson = session.scenarioProperty().get();
        if (lesson == null || presenter == null) {
            return;
        }
        title.setText(texts.lesson(lesson.titleKey()));
        watch.setText(texts.lesson(lesson.id() + ".watch"));
        WorldState w = session.world();
        LessonSession.Highlight highlight = session.highlightProperty().get();
        Event.DeadlockDetected deadlock = w.deadlock();
        Duration animation = animationDuration();

        List<ThreadModel> threads = w.threads();
        boolean crowded = threads.size() > MAX_LANES;
        crowd.setVisible(crowded);
        crowd.setManaged(crowded);
        lanes.setVisible(!crowded);
        lanes.setManaged(!crowded);
        if (crowded) {
            crowd.show(w);
            threads = List.of();
        }
        for (int i = 0; i < threads.size(); i++) {
            ThreadModel t = threads.get(i);
            LaneView view = presenter.lane(w, t, i, highlight);
            ThreadLane lane = laneById.get(t.id());
            if (lane == null) {
                lane = new ThreadLane(view, onStep);
                laneById.put(t.id(), lane);
                lanes.getChildren().add(lane);
            } else {
                lane.viewProperty().set(view);
            }
        }
        for (ObjectModel o : w.objects()) {
            Object view = presenter.view(w, o);
            if (view == null) {
                continue;
            }
            StageBox<?> box = boxById.computeIfAbsent(o.id(), id -> {
                StageBox<?> created = create(o);
                objects.getChildren().add(created);
                return created;
            });
            setView(box, view);
            if (box instanceof VariableBox v) {
                v.setFlash(animation.equals(Duration.ZERO) ? Duration.ZERO : animation.multiply(2.5));
            }
            boolean inCycle = deadlock != null && deadlock.objects().contains(o.id());
            box.setMarks(highlight.object() == o.id(), inCycle);
        }
        boolean outcomeWasShown = banner.isVisible();
        showOutcome(lesson, w, deadlock);
        if (banner.isVisible() && !outcomeWasShown) {
            // The run is over and the banner says how it ended: the instructions fold away so that the stage
            // below them (the final values, the threads) stays in sight on a small screen. A click on the
            // title opens them again; the next run opens them too.
            card.setExpanded(false);
        }
        if (animation.equals(Duration.ZERO)) {
            mover.forget(); // nothing slides at full speed; the first animated refresh after it starts afresh
        } else {
            mover.request(animation);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> void setView(StageBox<V> box, Object view) {
        box.viewProperty().set((V) view);
    }

    private StageBox<?> create(ObjectModel o) {
        return switch (o) {
            case ObjectModel.Lock l -> new LockBox(texts, o.name());
            case ObjectModel.Semaphore s -> new SemaphoreBox(texts, o.name());
            case ObjectModel.Queue q -> new QueueBox(texts, o.name());
            case ObjectModel.Barrier b -> new BarrierBox(texts, o.name());
            case ObjectModel.Signal s -> new SignalBox(texts, o.name(), false);
            case ObjectModel.Latch l -> new SignalBox(texts, o.name(), true);
            case ObjectModel.Variable v -> new VariableBox(texts, o.name());
            case ObjectModel.Condition c -> throw new IllegalArgumentException("conditions show inside their lock");
        };
    }

    /** Chips slide for about a quarter second; faster when the run is fast; not at all at full speed. */
    private Duration animationDuration() {
        if (session.modeProperty().get() == LessonSession.Mode.STEP) {
            return Duration.millis(260);
        }
        long delayMillis = session.delayNanos() / 1_000_000;
        return delayMillis == 0 ? Duration.ZERO : Duration.millis(Math.min(260, delayMillis * 0.6));
    }

    private void showOutcome(Scenario lesson, WorldState w, Event.DeadlockDetected deadlock) {
        if (session.ending() == Ending.FAILED && session.endedProperty().get()) {
            Throwable failure = session.runProperty().get().setupFailure();
            banner.show(Grade.FORBIDDEN, false, texts.get("banner.FORBIDDEN"),
                    texts.get("banner.failed", failure == null ? "?" : failure.getClass().getSimpleName() + ": "
                            + failure.getMessage()), "", texts.get("banner.again"), texts.get("banner.again.tip"));
            return;
        }
        if (w.outcome() < 0 || w.outcome() >= lesson.outcomes().size()) {
            banner.hide();
            return;
        }
        Outcome outcome = lesson.outcomes().get(w.outcome());
        List<String> values = new ArrayList<>();
        for (ObjectModel o : w.objects()) {
            if (o instanceof ObjectModel.Variable v) {
                values.add(v.name() + " = " + v.display());
            }
        }
        boolean isDeadlock = deadlock != null;
        String details = isDeadlock ? session.narrator().deadlockText(deadlock, w)
                : values.isEmpty() ? "" : texts.get("banner.final", String.join(",  ", values));
        banner.show(outcome.grade(), isDeadlock && deadlock.cycle(), gradeWords(texts, outcome.grade(), deadlock),
                texts.lesson(outcome.descriptionKey(lesson.id())), details,
                texts.get("banner.again"), texts.get("banner.again.tip"));
    }

    /**
     * The banner's grade, with what kept the threads from ending when they did not: a deadlock only for a
     * cycle of threads waiting for each other; threads left waiting for a notify or a signal that never comes
     * are "stuck", which is not a deadlock and must not teach that it is.
     */
    static String gradeWords(Texts texts, Grade grade, Event.DeadlockDetected stopped) {
        String words = texts.get("banner." + grade.name());
        if (stopped == null || grade == Grade.ACCEPTABLE) {
            return words;
        }
        return texts.get(stopped.cycle() ? "banner.deadlock" : "banner.stuck") + " \u00b7 " + words;
    }
}
