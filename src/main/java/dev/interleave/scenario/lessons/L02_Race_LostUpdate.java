package dev.interleave.scenario.lessons;

import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.List;

/**
 * N threads each add 1 to a shared counter M times. {@code count++} looks like one step but is three: read
 * the count, add one in the thread's own register, write it back. Two threads that both read before either
 * writes both write the same number, and one increment is lost. With the lock the three steps go together.
 */
public final class L02_Race_LostUpdate extends Scenario {
    static final Parameter.Count THREADS = new Parameter.Count("threads", 2, 1, 8);
    static final Parameter.Count INCREMENTS = new Parameter.Count("increments", 3, 1, 1000);
    static final Parameter.Switch LOCK = new Parameter.Switch("lock", false);

    public L02_Race_LostUpdate() {
        super("lost-update", Topic.RACES, List.of(THREADS, INCREMENTS, LOCK), List.of(
                Outcome.acceptable("all-counted"),
                Outcome.forbidden("lost-update")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        int threads = lesson.param(THREADS);
        int increments = lesson.param(INCREMENTS);
        SharedInt count = lesson.sharedInt("count", 0);
        TracedLock lock = lesson.param(LOCK) ? lesson.lock("lock") : null;

        for (int t = 1; t <= threads; t++) {
            lesson.thread("T" + t, () -> {
                for (int i = 0; i < increments; i++) {
                    if (lock != null) {
                        lock.locked(() -> increment(lesson, count)); // the three steps, and nobody in between
                    } else {
                        increment(lesson, count);                    // count++ with nothing around it
                    }
                }
            });
        }

        int expected = threads * increments;
        return ending -> {
            int counted = count.peek();
            if (counted == expected) {
                return outcome("all-counted");
            }
            if (counted < expected) {
                return outcome("lost-update");
            }
            throw new IllegalStateException("count " + counted + " is more than " + expected + " increments");
        };
    }

    /** {@code count++}, written as the three steps the machine really takes. */
    private static void increment(Lesson lesson, SharedInt count) {
        int read = count.get();                        // 1. read the shared count
        int sum = read + 1;                            // 2. add one, in this thread's own register
        lesson.note("lost-update.note.add", read, sum);
        count.set(sum);                                // 3. write it back
    }
}
