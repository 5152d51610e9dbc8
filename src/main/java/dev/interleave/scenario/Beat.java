package dev.interleave.scenario;

import java.util.Locale;

/**
 * A teaching moment of a lesson: a card the teacher shows the class at a chosen point of the run ("Predict:
 * what will the balance be?", "Watch T2's next line", "Why did it go negative?"), advanced with the clicker.
 * Its text is {@code <lesson>.beat.<id>} in the lesson bundle.
 */
public record Beat(String id, Kind kind, Trigger trigger) {

    /** What the card asks of the class. */
    public enum Kind { PREDICT, WATCH, EXPLAIN }

    /** When the card appears. */
    public enum Trigger {
        /** Before the first step of the run. */
        START,
        /** When a thread first has to wait for a lock another thread holds. */
        FIRST_BLOCK,
        /** When a shared variable is first written. */
        FIRST_WRITE,
        /** When a deadlock is detected. */
        DEADLOCK,
        /** When the run reaches its outcome. */
        END
    }

    public static Beat predict(String id) {
        return new Beat(id, Kind.PREDICT, Trigger.START);
    }

    public static Beat watch(String id, Trigger trigger) {
        return new Beat(id, Kind.WATCH, trigger);
    }

    public static Beat explain(String id) {
        return new Beat(id, Kind.EXPLAIN, Trigger.END);
    }

    public String textKey(String lesson) {
        return lesson + ".beat." + id;
    }

    /**
     * The same card told for a run that ended with an outcome of {@code grade}: its text is
     * {@code <lesson>.beat.<id>.<grade>} (e.g. {@code bank-withdrawal.beat.explain.acceptable}), which a lesson
     * gives when its card's own text explains a bug that such a run did not show.
     */
    public Beat forGrade(Grade grade) {
        return new Beat(id + "." + grade.name().toLowerCase(Locale.ROOT), kind, trigger);
    }
}
