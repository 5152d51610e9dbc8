package dev.interleave.ui.stage;

import dev.interleave.scenario.LessonComments;
import dev.interleave.engine.GrantResult;
import dev.interleave.trace.Event;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.ObjectModel;
import dev.interleave.trace.ThreadModel;
import dev.interleave.trace.WorldState;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.session.Narrator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the world state (and the live run, for what can be stepped) into the view records the stage's
 * widgets show. FX thread only.
 */
final class StagePresenter {
    private final LessonSession session;
    private final Texts texts;
    private final Narrator narrator;
    private final List<String> source;

    StagePresenter(LessonSession session, List<String> source) {
        this.session = session;
        this.texts = session.texts();
        this.narrator = session.narrator();
        this.source = source;
    }

    /**
     * The code of a line, without the comment after it: a lane has room for the code, its next step is said in
     * words beside it, and a comment there was cut to "// 확..." on a 1280x720 window.
     */
    private static String codeOf(String line) {
        int comment = LessonComments.trailingCommentAt(line, LessonComments.Syntax.JAVA);
        return (comment < 0 ? line : line.substring(0, comment)).strip();
    }

    static ChipView chip(WorldState w, int thread) {
        ThreadModel t = w.thread(thread);
        return new ChipView(thread, t == null ? "#" + thread : t.name(), ThreadColours.of(thread));
    }

    static List<ChipView> chips(WorldState w, List<Integer> threads) {
        List<ChipView> list = new ArrayList<>(threads.size());
        for (int id : threads) {
            list.add(chip(w, id));
        }
        return list;
    }

    LaneView lane(WorldState w, ThreadModel t, int index, LessonSession.Highlight highlight) {
        int key = index + 1 <= 9 ? index + 1 : 0;
        GrantResult grant = session.canStep(t.id());
        String stepTip = grant.granted()
                ? texts.get("lane.step.tip", t.name(), key > 0 ? texts.get("lane.step.key", key) : "")
                : refusal(w, t, grant);
        String code = t.line() > 0 && t.line() <= source.size() ? codeOf(source.get(t.line() - 1)) : "";
        String next = narrator.pending(t, w);
        Thread.State jvm = session.jvmState(t.id());
        String jvmNote = null;
        String jvmTip = "";
        if (jvm != null && jvm != t.state() && t.alive() && jvm != Thread.State.TERMINATED) {
            // Held at a step point, a runnable thread is parked in the JVM: say first that it waits for the
            // learner (what a newcomer needs), then what the JVM says.
            boolean held = t.atStepPoint() && t.state() == Thread.State.RUNNABLE;
            boolean stepMode = session.modeProperty().get() == LessonSession.Mode.STEP;
            jvmNote = texts.get(!held ? "lane.jvm" : stepMode ? "lane.jvm.held" : "lane.jvm.paced", jvm.name());
            jvmTip = texts.get("lane.jvm.tip", held ? texts.get("lane.jvm.gate") : texts.get("lane.jvm.parked"));
        }
        Event.DeadlockDetected deadlock = w.deadlock();
        boolean deadlocked = deadlock != null && deadlock.threads().contains(t.id()) && t.alive();
        String tags = t.virtual() ? texts.get("lane.virtual") : t.daemon() ? texts.get("lane.daemon") : "";
        boolean failed = t.exception() != null && !t.exception().endsWith("RunCancelledException");
        return new LaneView(t.id(), t.name(), ThreadColours.of(t.id()), t.state(), narrator.stateWord(t.state()),
                texts.get("state.explain." + t.state().name()), tags, narrator.reason(t, w),
                next.isEmpty() ? "" : texts.get("lane.next", next), code, jvmNote, jvmTip,
                grant.granted(), key > 0 ? texts.get("lane.step") + " " + key : texts.get("lane.step"),
                stepTip, ending(t), failed, highlight.thread() == t.id(), deadlocked);
    }

    private String refusal(WorldState w, ThreadModel t, GrantResult grant) {
        String detail = grant.refusal() == GrantResult.Refusal.BLOCKED ? narrator.reason(t, w) : "";
        return texts.get("refusal." + grant.refusal().name(), detail);
    }

    private String ending(ThreadModel t) {
        if (t.state() == Thread.State.NEW) {
            return texts.get("lane.not.started");
        }
        if (t.state() != Thread.State.TERMINATED) {
            return "";
        }
        if (t.exception() == null) {
            return texts.get("lane.terminated.normally");
        }
        if (t.exception().endsWith("RunCancelledException")) {
            return texts.get("lane.terminated.cancelled");
        }
        return texts.get(Narrator.exceptionKey("lane.terminated.exception", t.exceptionMessage()),
                Narrator.simpleName(t.exception()), t.exceptionMessage());
    }

    /** The view record for an object's widget, or null for kinds shown elsewhere (conditions: in their lock). */
    Object view(WorldState w, ObjectModel o) {
        return switch (o) {
            case ObjectModel.Lock l -> {
                List<ObjectViews.WaitSetView> sets = new ArrayList<>();
                if (l.kind() == ObjectKind.MONITOR) {
                    sets.add(new ObjectViews.WaitSetView(null, chips(w, l.waitSet())));
                }
                for (int c : l.conditions()) {
                    ObjectModel.Condition condition = w.object(c, ObjectModel.Condition.class);
                    sets.add(new ObjectViews.WaitSetView(condition.name(), chips(w, condition.waitSet())));
                }
                yield new ObjectViews.LockView(l.name(), l.kind() == ObjectKind.MONITOR,
                        l.owner() == Event.NONE ? null : chip(w, l.owner()), l.hold(), chips(w, l.entryQueue()), sets);
            }
            case ObjectModel.Condition c -> null;
            case ObjectModel.Semaphore s -> {
                List<ChipView> holders = new ArrayList<>();
                for (Map.Entry<Integer, Integer> h : s.held().entrySet()) {
                    for (int i = 0; i < h.getValue(); i++) {
                        holders.add(chip(w, h.getKey()));
                    }
                }
                yield new ObjectViews.SemaphoreView(s.name(), s.kind() == ObjectKind.BOUNDED_SEMAPHORE, s.initial(),
                        s.available(), holders, chips(w, s.waiters()));
            }
            case ObjectModel.Queue q -> new ObjectViews.QueueView(q.name(), q.capacity(), q.items(),
                    chips(w, q.waitingToPut()), chips(w, q.waitingToTake()));
            case ObjectModel.Barrier b -> new ObjectViews.BarrierView(b.name(), b.parties(), chips(w, b.arrived()),
                    b.generation(), b.broken());
            case ObjectModel.Signal s -> new ObjectViews.SignalView(s.name(), false, s.isSet(), 0, chips(w, s.waiters()));
            case ObjectModel.Latch l -> new ObjectViews.SignalView(l.name(), true, l.count() == 0, l.count(),
                    chips(w, l.waiters()));
            case ObjectModel.Variable v -> new ObjectViews.VariableView(v.name(), v.display(),
                    v.kind() != ObjectKind.REFERENCE_VARIABLE && v.value() < 0,
                    v.lastWriter() == Event.NONE ? null : chip(w, v.lastWriter()), v.lastWriteSeq());
        };
    }
}
