package dev.interleave.ui.session;

import dev.interleave.trace.Event;
import dev.interleave.trace.History;
import dev.interleave.trace.TimelineIndex;
import dev.interleave.trace.WorldState;
import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where events cross to the FX thread: each pulse it reduces the events recorded since the
 * last pulse into the {@link History}, for at most {@link #BUDGET_NANOS}, narrates the latest of them, and
 * hands the result to its listener once. It never waits: what does not fit in this pulse waits for the
 * next, and a flood is narrated only at its end (the log says how many events it skipped).
 *
 * <p>FX thread only.
 */
public final class EventPump extends AnimationTimer {
    /** FX time per pulse spent reducing events, so rendering always gets its share. */
    static final long BUDGET_NANOS = 3_000_000;
    /** Of a backlog, only this many latest events are narrated one by one. */
    static final int NARRATED = 400;
    private static final int CHUNK = 512;

    /** Told once per pulse: the lines narrated and how many events went by without a line of their own. */
    public interface Listener {
        void pulse(List<LogLine> lines, long skipped);
    }

    private final Listener listener;
    private History history;
    private Narrator narrator;
    private TimelineIndex timeline;
    private long pulses;

    public EventPump(Listener listener) {
        this.listener = listener;
    }

    /** Follow a new run's history from now on (the old one is dropped), laying it out in {@code newTimeline}. */
    public void attach(History newHistory, Narrator newNarrator, TimelineIndex newTimeline) {
        history = newHistory;
        narrator = newNarrator;
        timeline = newTimeline;
    }

    /** Narrate in another language from now on. */
    public void setNarrator(Narrator newNarrator) {
        narrator = newNarrator;
    }

    /** How many pulses have run (for tests that check pulses keep coming). */
    public long pulses() {
        return pulses;
    }

    @Override
    public void handle(long now) {
        pulses++;
        if (history == null) {
            listener.pulse(List.of(), 0);
            return;
        }
        long start = System.nanoTime();
        long target = history.recording().size();
        long narrateFrom = target - NARRATED;
        List<LogLine> lines = new ArrayList<>();
        long[] skipped = {0};
        while (history.size() < target && System.nanoTime() - start < BUDGET_NANOS) {
            history.advance(CHUNK, (Event e, WorldState before) -> {
                timeline.feed(e);
                if (e.seq() < narrateFrom) {
                    skipped[0]++;
                } else {
                    LogLine line = narrator.describe(e, before);
                    if (line != null) {
                        lines.add(line);
                    }
                }
            });
        }
        listener.pulse(lines, skipped[0]);
    }
}
