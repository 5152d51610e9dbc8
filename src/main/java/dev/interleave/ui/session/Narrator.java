package dev.interleave.ui.session;

import dev.interleave.trace.Event;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.ObjectModel;
import dev.interleave.trace.Op;
import dev.interleave.trace.ThreadModel;
import dev.interleave.trace.WorldState;
import dev.interleave.scenario.Scenario;
import dev.interleave.ui.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts events and thread situations into words, in the current language: the log's sentences ("T2 wants
 * lock account, held by T1 → BLOCKED"), a lane's reason ("waiting for lock account, held by T1") and its
 * next step ("write balance"). Reads the world state just before the event, so it can say who held what.
 *
 * <p>FX thread only (it reads {@link Texts}).
 */
public final class Narrator {
    private final Texts texts;
    private final Scenario scenario;

    public Narrator(Texts texts, Scenario scenario) {
        this.texts = texts;
        this.scenario = scenario;
    }

    private static String thread(WorldState w, int id) {
        ThreadModel t = w.thread(id);
        return t == null ? "#" + id : t.name();
    }

    private static String object(WorldState w, int id) {
        ObjectModel o = w.object(id);
        return o == null ? "#" + id : o.name();
    }

    private LogLine line(Event e, int object, LogLine.Kind kind, String key, Object... args) {
        return new LogLine(e.seq(), e.thread(), object, texts.get(key, args), kind);
    }

    /** The log line for {@code e}, given the state just before it; null for events not worth a line. */
    public LogLine describe(Event e, WorldState before) {
        String t = thread(before, e.thread());
        return switch (e) {
            case Event.ThreadStarted s -> line(e, -1, LogLine.Kind.STEP, "log.started", t);
            case Event.LockRequested r -> {
                ObjectModel.Lock lock = before.object(r.lock(), ObjectModel.Lock.class);
                if (lock.owner() != -1 && lock.owner() != e.thread()) {
                    yield line(e, r.lock(), LogLine.Kind.WAIT, "log.lock.wants", t, lock.name(),
                            thread(before, lock.owner()));
                }
                yield null; // the acquisition that follows says it
            }
            case Event.LockAcquired a -> a.hold() > 1
                    ? line(e, a.lock(), LogLine.Kind.STEP, "log.lock.again", t, object(before, a.lock()), a.hold())
                    : line(e, a.lock(), LogLine.Kind.STEP, "log.lock.takes", t, object(before, a.lock()));
            case Event.LockReleased r -> r.hold() > 0
                    ? line(e, r.lock(), LogLine.Kind.STEP, "log.lock.releases.partly", t, object(before, r.lock()), r.hold())
                    : line(e, r.lock(), LogLine.Kind.STEP, "log.lock.releases", t, object(before, r.lock()));
            case Event.LockTimedOut o -> line(e, o.lock(), LogLine.Kind.STEP, "log.lock.gives.up", t, object(before, o.lock()));
            case Event.WaitStarted s -> line(e, s.condition(), LogLine.Kind.WAIT, "log.wait", t,
                    object(before, s.condition()), before.lockOf(s.condition()).name());
            case Event.Notified n -> line(e, n.condition(), LogLine.Kind.STEP, n.all() ? "log.notify.all" : "log.notify",
                    t, object(before, n.condition()), n.woken());
            case Event.WaitEnded w -> line(e, w.condition(), LogLine.Kind.STEP, w.timedOut() ? "log.woke.timeout" : "log.woke",
                    t, object(before, w.condition()), before.lockOf(w.condition()).name());
            case Event.PermitsAcquired a -> {
                ObjectModel.Semaphore s = before.object(a.semaphore(), ObjectModel.Semaphore.class);
                yield line(e, a.semaphore(), LogLine.Kind.STEP, "log.acquired", t, s.name(), s.available() - a.permits());
            }
            case Event.PermitsReleased r -> {
                ObjectModel.Semaphore s = before.object(r.semaphore(), ObjectModel.Semaphore.class);
                yield line(e, r.semaphore(), LogLine.Kind.STEP, "log.released", t, s.name(), s.available() + r.permits());
            }
            case Event.ReleaseRefused r -> line(e, r.semaphore(), LogLine.Kind.PROBLEM, "log.release.refused", t,
                    object(before, r.semaphore()));
            case Event.StateChanged c -> waiting(e, c, before, t);
            case Event.BarrierArrived a -> {
                ObjectModel.Barrier b = before.object(a.barrier(), ObjectModel.Barrier.class);
                yield line(e, a.barrier(), LogLine.Kind.STEP, "log.arrived", t, b.name(), b.arrived().size() + 1, b.parties());
            }
            case Event.BarrierTripped p -> line(e, p.barrier(), LogLine.Kind.STEP, "log.tripped", t,
                    object(before, p.barrier()), p.generation());
            case Event.BarrierPassed p -> null;
            case Event.BarrierBroken b -> line(e, b.barrier(), LogLine.Kind.PROBLEM,
                    b.byTimeout() ? "log.broken.timeout" : "log.broken", t, object(before, b.barrier()));
            case Event.SignalSet s -> line(e, s.signal(), LogLine.Kind.STEP, "log.signal.set", t, object(before, s.signal()));
            case Event.SignalCleared s -> line(e, s.signal(), LogLine.Kind.STEP, "log.signal.clear", t, object(before, s.signal()));
            case Event.SignalPassed s -> line(e, s.signal(), LogLine.Kind.STEP,
                    s.timedOut() ? "log.signal.timeout" : "log.signal.passed", t, object(before, s.signal()));
            case Event.LatchCountedDown d -> line(e, d.latch(), LogLine.Kind.STEP, "log.latch.down", t,
                    object(before, d.latch()), d.remaining());
            case Event.LatchPassed p -> line(e, p.latch(), LogLine.Kind.STEP, "log.latch.passed", t, object(before, p.latch()));
            case Event.ItemPut p -> {
                ObjectModel.Queue q = before.object(p.queue(), ObjectModel.Queue.class);
                yield line(e, p.queue(), LogLine.Kind.STEP, "log.put", t, q.name(), p.item(), p.size(), q.capacity());
            }
            case Event.ItemTaken k -> line(e, k.queue(), LogLine.Kind.STEP, "log.taken", t, object(before, k.queue()),
                    k.item(), k.size());
            case Event.ValueRead r -> line(e, r.variable(), LogLine.Kind.STEP, "log.read", t, object(before, r.variable()),
                    Long.toString(r.value()));
            case Event.ValueWritten w -> line(e, w.variable(), LogLine.Kind.STEP, "log.write", t, object(before, w.variable()),
                    Long.toString(w.value()));
            case Event.TextRead r -> line(e, r.variable(), LogLine.Kind.STEP, "log.read", t, object(before, r.variable()),
                    String.valueOf(r.value()));
            case Event.TextWritten w -> e.thread() == 0 ? null : line(e, w.variable(), LogLine.Kind.STEP, "log.write", t,
                    object(before, w.variable()), String.valueOf(w.value()));
            case Event.CompareAndSet c -> c.success()
                    ? line(e, c.variable(), LogLine.Kind.STEP, "log.cas.ok", t, object(before, c.variable()),
                    Long.toString(c.expected()), Long.toString(c.update()))
                    : line(e, c.variable(), LogLine.Kind.WAIT, "log.cas.failed", t, object(before, c.variable()),
                    Long.toString(c.expected()));
            case Event.SleepStarted s -> line(e, -1, LogLine.Kind.WAIT, "log.sleep", t, s.millis());
            case Event.JoinStarted j -> line(e, -1, LogLine.Kind.WAIT, "log.join", t, thread(before, j.target()));
            case Event.JoinEnded j -> line(e, -1, LogLine.Kind.STEP, j.targetAlive() ? "log.join.timeout" : "log.joined",
                    t, thread(before, j.target()));
            case Event.AliveChecked a -> line(e, -1, LogLine.Kind.STEP, "log.alive", t, thread(before, a.target()), a.alive());
            case Event.ThreadTerminated d -> ended(e, d, t);
            case Event.DeadlockDetected d -> deadlock(e, d, before);
            case Event.OutcomeReached o -> o.outcome() < 0 || o.outcome() >= scenario.outcomes().size() ? null
                    : line(e, -1, LogLine.Kind.OUTCOME, "log.outcome",
                    texts.lesson(scenario.outcomes().get(o.outcome()).descriptionKey(scenario.id())));
            case Event.RunCancelled c -> line(e, -1, LogLine.Kind.PROBLEM, "log.reset");
            case Event.Note n -> new LogLine(e.seq(), e.thread(), -1,
                    t + " " + texts.lesson(n.key(), noteArguments(n.args())), LogLine.Kind.NOTE);
            case Event.ThreadCreated c -> null;
            case Event.ObjectCreated c -> null;
            case Event.StepPending p -> null;
            case Event.SleepEnded s -> null;
        };
    }

    /**
     * A note's arguments as the lesson gave them, except that whole numbers become numbers again: the recording
     * keeps them as text, and a number is written the language's way ("10,000", not "10000").
     */
    static Object[] noteArguments(List<String> args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            String a = args.get(i);
            out[i] = WHOLE_NUMBER.matcher(a).matches() ? (Object) Long.parseLong(a) : a;
        }
        return out;
    }

    /** At most 18 digits: always fits in a long. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private LogLine waiting(Event e, Event.StateChanged c, WorldState before, String t) {
        if (c.state() == Thread.State.RUNNABLE) {
            return line(e, c.object(), LogLine.Kind.STEP, "log.runnable", t);
        }
        ObjectModel o = before.object(c.object());
        String name = o == null ? "?" : o.name();
        ThreadModel me = before.thread(e.thread());
        String key = switch (o) {
            case ObjectModel.Semaphore s -> "log.waits.semaphore";
            case ObjectModel.Queue q -> me != null && me.pendingOp() == Op.PUT ? "log.waits.queue.full" : "log.waits.queue.empty";
            case ObjectModel.Barrier b -> "log.waits.barrier";
            case ObjectModel.Signal s -> "log.waits.signal";
            case ObjectModel.Latch l -> "log.waits.latch";
            case null, default -> "log.waits.other";
        };
        return line(e, c.object(), LogLine.Kind.WAIT, key, t, name, stateWord(c.state()));
    }

    private LogLine ended(Event e, Event.ThreadTerminated d, String t) {
        if (d.normally()) {
            return line(e, -1, LogLine.Kind.STEP, "log.ended", t);
        }
        if (d.exception().endsWith("RunCancelledException")) {
            return line(e, -1, LogLine.Kind.STEP, "log.ended.cancelled", t);
        }
        return line(e, -1, LogLine.Kind.PROBLEM, exceptionKey("log.ended.exception", d.message()), t,
                simpleName(d.exception()), d.message());
    }

    private LogLine deadlock(Event e, Event.DeadlockDetected d, WorldState before) {
        return new LogLine(e.seq(), -1, -1, deadlockText(d, before), LogLine.Kind.PROBLEM);
    }

    /** A detected deadlock in words: who waits for what, held by whom, around the cycle. */
    public String deadlockText(Event.DeadlockDetected d, WorldState w) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < d.threads().size(); i++) {
            String who = thread(w, d.threads().get(i));
            String what = object(w, d.objects().get(i));
            if (d.cycle()) {
                String holder = thread(w, d.threads().get((i + 1) % d.threads().size()));
                links.add(texts.get("log.deadlock.link", who, what, holder));
            } else {
                links.add(texts.get("log.deadlock.stall.link", who, what));
            }
        }
        String joined = String.join(", ", links);
        return d.cycle() ? texts.get("log.deadlock", joined) : texts.get("log.deadlock.stall", joined);
    }

    /**
     * The text for "ended with an exception": {@code key} (exception, then its message) or, for an exception with
     * no message (a TimeoutException, an empty queue's NoSuchElementException), {@code key.bare}, which ends at
     * the exception's name instead of at ": null".
     */
    public static String exceptionKey(String key, String message) {
        return message == null || message.isBlank() ? key + ".bare" : key;
    }

    /** The short class name of an exception class name ("java.util.concurrent.BrokenBarrierException"). */
    public static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public String stateWord(Thread.State state) {
        return texts.get("state." + state.name());
    }

    /** Why a thread waits, in words; empty when it does not wait. */
    public String reason(ThreadModel t, WorldState w) {
        if (t.joining() != -1) {
            return texts.get("reason.join", thread(w, t.joining()));
        }
        ObjectModel on = w.object(t.waitingOn());
        return switch (t.state()) {
            case BLOCKED -> {
                if (on instanceof ObjectModel.Lock lock) {
                    String verb = texts.get("reason.lock.verb.BLOCKED");
                    yield lock.owner() == -1 || lock.owner() == t.id()
                            ? texts.get("reason.lock.free", verb, lock.name())
                            : texts.get("reason.lock", verb, lock.name(), thread(w, lock.owner()));
                }
                yield "";
            }
            case WAITING, TIMED_WAITING -> switch (on) {
                case ObjectModel.Condition c -> texts.get("reason.wait", c.name(), object(w, c.lock()));
                case ObjectModel.Lock monitor -> texts.get("reason.wait.monitor", monitor.name());
                case ObjectModel.Semaphore s -> texts.get("reason.semaphore", s.name());
                case ObjectModel.Queue q -> texts.get(t.activeOp() == Op.PUT ? "reason.queue.full" : "reason.queue.empty",
                        q.name());
                case ObjectModel.Barrier b -> texts.get("reason.barrier", b.name());
                case ObjectModel.Signal s -> texts.get("reason.signal", s.name());
                case ObjectModel.Latch l -> texts.get("reason.latch", l.name());
                case null, default -> t.activeOp() == Op.SLEEP ? texts.get("reason.sleep") : "";
            };
            default -> "";
        };
    }

    /** What a thread will do when it is let through, e.g. "write balance"; empty if nothing is pending. */
    public String pending(ThreadModel t, WorldState w) {
        Op op = t.pendingOp();
        if (op == null) {
            return "";
        }
        String target = switch (op) {
            case START, JOIN, IS_ALIVE -> thread(w, t.pendingTarget());
            default -> t.pendingTarget() < 0 ? "" : object(w, t.pendingTarget());
        };
        return texts.get("op." + op.name(), target);
    }

    /** Whether an object is a kind the stage shows (conditions are shown inside their lock). */
    public static boolean shownOnStage(ObjectModel o) {
        return o.kind() != ObjectKind.CONDITION;
    }
}
