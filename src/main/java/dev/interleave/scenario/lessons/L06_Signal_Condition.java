package dev.interleave.scenario.lessons;

import dev.interleave.engine.Ending;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedMonitor;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.List;

/**
 * A maker prepares data, sets a ready flag and notifies; readers wait on the same monitor until the flag is
 * set (wait/notify, Python's {@code Condition}). With notifyAll every waiting reader wakes. With notify only
 * one does, and the rest wait forever. The lost-wakeup variant checks the flag without the monitor and then
 * waits without checking again: if the notify comes in between, nobody is left to wake the reader.
 */
public final class L06_Signal_Condition extends Scenario {
    static final Parameter.Count READERS = new Parameter.Count("readers", 2, 1, 5);
    static final Parameter.Count PREPARE = new Parameter.Count("prepare", 2, 0, 100);
    static final Parameter.Choice VARIANT = new Parameter.Choice("variant", "notify-all",
            List.of("notify-all", "notify", "lost-wakeup"));

    public L06_Signal_Condition() {
        super("condition", Topic.SIGNALLING, List.of(READERS, PREPARE, VARIANT), List.of(
                Outcome.acceptable("all-read"),
                Outcome.forbidden("left-waiting"),
                Outcome.forbidden("lost-wakeup")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        String variant = lesson.param(VARIANT);
        TracedMonitor box = lesson.monitor("box");
        SharedInt ready = lesson.sharedInt("ready", 0);
        SharedInt data = lesson.sharedInt("data", 0);

        lesson.thread("maker", () -> {
            lesson.sleep(lesson.param(PREPARE));             // prepare the data
            box.synchronize(() -> {
                data.set(42);
                ready.set(1);
                if (variant.equals("notify")) {
                    box.notifyOne();                         // wakes one waiting reader
                } else {
                    box.notifyAllWaiters();                  // wakes every waiting reader
                }
            });
        });
        for (int i = 1; i <= lesson.param(READERS); i++) {
            lesson.thread("reader-" + i, () -> {
                if (variant.equals("lost-wakeup")) {
                    awaitCarelessly(box, ready);
                } else {
                    awaitReady(box, ready);
                }
                lesson.note("condition.note.read", data.get());
            });
        }

        return ending -> {
            if (ending != Ending.DEADLOCK) {
                return outcome("all-read");
            }
            return switch (variant) {
                case "notify" -> outcome("left-waiting");
                case "lost-wakeup" -> outcome("lost-wakeup");
                default -> throw new IllegalStateException("a reader waits forever although notifyAll was used");
            };
        };
    }

    /** The right way: check the flag holding the monitor, and check it again after every wake-up. */
    private static void awaitReady(TracedMonitor box, SharedInt ready) {
        box.synchronize(() -> {
            while (ready.get() == 0) {
                box.await();                                 // gives the monitor up while it waits
            }
        });
    }

    /** The bug: checks the flag without the monitor, then waits without checking again. */
    private static void awaitCarelessly(TracedMonitor box, SharedInt ready) {
        if (ready.get() == 0) {                              // the maker may set it and notify right now...
            box.synchronize(() -> box.await());              // ...and then nobody is left to wake this wait
        }
    }
}
