package dev.interleave.scenario.lessons;

import dev.interleave.engine.Ending;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLatch;
import dev.interleave.engine.sync.TracedSignal;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A starter gets two rounds ready; the waiters block until it says go (Python's {@code threading.Event}). To
 * use one event for both rounds the starter sets it and clears it again at once. That works only if every
 * waiter is already waiting: one that comes back before the clear runs ahead into the next round, one that
 * comes after it misses the signal and waits forever. A latch per round cannot be cleared, so nobody misses it.
 */
public final class L05_Signal_Event extends Scenario {
    static final Parameter.Count WAITERS = new Parameter.Count("waiters", 2, 1, 5);
    static final Parameter.Count PREPARE = new Parameter.Count("prepare", 5, 0, 100);
    static final Parameter.Choice VARIANT = new Parameter.Choice("variant", "event", List.of("event", "latch"));
    private static final int ROUNDS = 2;

    public L05_Signal_Event() {
        super("event-signal", Topic.SIGNALLING, List.of(WAITERS, PREPARE, VARIANT), List.of(
                Outcome.acceptable("in-step"),
                Outcome.forbidden("ran-ahead"),
                Outcome.forbidden("missed-signal")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        int prepare = lesson.param(PREPARE);
        SharedInt round = lesson.sharedInt("round", 0);
        StartSignal go = lesson.param(VARIANT).equals("event")
                ? new ReusedEvent(lesson.signal("go"))
                : new LatchPerRound(List.of(lesson.latch("go-1", 1), lesson.latch("go-2", 1)));
        AtomicBoolean ranAhead = new AtomicBoolean();

        lesson.thread("starter", () -> {
            for (int r = 1; r <= ROUNDS; r++) {
                lesson.sleep(prepare);                    // get round r ready
                round.set(r);
                go.open(r);                               // go!
            }
        });
        for (int i = 1; i <= lesson.param(WAITERS); i++) {
            lesson.thread("waiter-" + i, () -> {
                for (int r = 1; r <= ROUNDS; r++) {
                    go.await(r);                          // block until the starter says go
                    int now = round.get();                // which round is it really?
                    lesson.note("event-signal.note.started", r, now);
                    if (now < r) {
                        ranAhead.set(true);               // passed on the last round's signal
                    }
                    lesson.sleep(lesson.random().nextInt(3)); // this round's work
                }
            });
        }

        return ending -> {
            if (ending == Ending.DEADLOCK) {
                return outcome("missed-signal");
            }
            return outcome(ranAhead.get() ? "ran-ahead" : "in-step");
        };
    }

    /** How the starter says go for round r, and how a waiter waits for it. */
    private interface StartSignal {
        void open(int round);

        void await(int round);
    }

    /** One Event for every round: set it to wake whoever waits now, clear it at once to use it again. */
    private record ReusedEvent(TracedSignal event) implements StartSignal {
        @Override
        public void open(int round) {
            event.set();                                  // wakes every thread waiting right now...
            event.clear();                                // ...and makes the event ready for the next round
        }

        @Override
        public void await(int round) {
            event.await();
        }
    }

    /** A CountDownLatch per round: once open it stays open, so a late waiter still passes, and only its round. */
    private record LatchPerRound(List<TracedLatch> latches) implements StartSignal {
        @Override
        public void open(int round) {
            latches.get(round - 1).countDown();
        }

        @Override
        public void await(int round) {
            latches.get(round - 1).await();
        }
    }
}
