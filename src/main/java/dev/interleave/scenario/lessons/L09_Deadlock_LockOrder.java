package dev.interleave.scenario.lessons;

import dev.interleave.engine.Ending;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Each thread needs two locks and takes one, then the other. Two threads taking two locks in opposite orders,
 * or philosophers round a table each taking the left fork then the right, can end up each holding one lock
 * and waiting for the next: a cycle in the wait-for graph, a deadlock. Two fixes: one global order in which
 * every thread takes its locks, or tryLock with a timeout that lets go and backs off.
 */
public final class L09_Deadlock_LockOrder extends Scenario {
    static final Parameter.Choice VARIANT = new Parameter.Choice("variant", "two-locks",
            List.of("two-locks", "philosophers"));
    static final Parameter.Count SEATS = new Parameter.Count("seats", 5, 2, 8);
    static final Parameter.Choice FIX = new Parameter.Choice("fix", "none", List.of("none", "ordered", "try-lock"));
    /** How long the try-lock fix waits for its second lock before it lets go of the first. */
    private static final Duration PATIENCE = Duration.ofMillis(5);

    public L09_Deadlock_LockOrder() {
        super("deadlock", Topic.DEADLOCK, List.of(VARIANT, SEATS, FIX), List.of(
                Outcome.acceptable("all-done"),
                Outcome.interesting("backed-off"),
                Outcome.forbidden("deadlock")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        Diner diner = new Diner(lesson, lesson.param(FIX), new AtomicBoolean());
        if (lesson.param(VARIANT).equals("two-locks")) {
            TracedLock a = lesson.lock("lock-a");
            TracedLock b = lesson.lock("lock-b");
            lesson.thread("T1", () -> diner.useBoth(a, b));   // A, then B
            lesson.thread("T2", () -> diner.useBoth(b, a));   // B, then A: the opposite order
        } else {
            int seats = lesson.param(SEATS);
            List<TracedLock> forks = new ArrayList<>();
            for (int i = 1; i <= seats; i++) {
                forks.add(lesson.lock("fork-" + i));
            }
            for (int i = 0; i < seats; i++) {
                TracedLock left = forks.get(i);
                TracedLock right = forks.get((i + 1) % seats);
                lesson.thread("philosopher-" + (i + 1), () -> diner.useBoth(left, right));
            }
        }

        return ending -> {
            if (ending == Ending.DEADLOCK) {
                return outcome("deadlock");
            }
            return outcome(diner.backedOff.get() ? "backed-off" : "all-done");
        };
    }

    /** What every thread does: take two locks, work holding both, let them go; done as the fix says. */
    private record Diner(Lesson lesson, String fix, AtomicBoolean backedOff) {
        void useBoth(TracedLock first, TracedLock second) {
            switch (fix) {
                case "ordered" -> inGlobalOrder(first, second);
                case "try-lock" -> withBackOff(first, second);
                default -> nested(first, second);
            }
        }

        /** One, then the other: threads that do this in opposite orders can wait for each other forever. */
        private void nested(TracedLock first, TracedLock second) {
            first.lock();
            try {
                second.lock();                        // holds first while it waits for second
                try {
                    work(first, second);
                } finally {
                    second.unlock();
                }
            } finally {
                first.unlock();
            }
        }

        /** Fix 1: every thread takes the lock made first before the other, so the waits cannot form a circle. */
        private void inGlobalOrder(TracedLock first, TracedLock second) {
            if (first.id() < second.id()) {
                nested(first, second);
            } else {
                nested(second, first);
            }
        }

        /** Fix 2: take the first, only try the second for a while; if it does not come, let go and try later. */
        private void withBackOff(TracedLock first, TracedLock second) {
            while (true) {
                first.lock();
                try {
                    if (second.tryLock(PATIENCE)) {
                        try {
                            work(first, second);
                            return;
                        } finally {
                            second.unlock();
                        }
                    }
                } finally {
                    first.unlock();                   // gave up on second: let the others have first
                }
                backedOff.set(true);
                lesson.note("deadlock.note.back-off", first.name());
                // A random pause, so that two threads that backed off together do not retry in step forever (a
                // livelock). It is counted in pauses, not milliseconds: each pause is a step, and one step
                // matters when the steps are yours or paced; a millisecond does not.
                for (int pauses = 1 + lesson.random().nextInt(3); pauses > 0; pauses--) {
                    lesson.sleep(1);
                }
            }
        }

        private void work(TracedLock first, TracedLock second) {
            lesson.note("deadlock.note.work", first.name(), second.name());
        }
    }
}
