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
    /**
     * FX time per pulse spent reducing events, so that the rest of the pulse (the stage, the timeline, layout)
     * and rendering always get their share. It also sets how fast a run at full speed goes once it is ahead
     * of the screen (see {@link dev.interleave.engine.ViewerPace}), and so how busy the lesson threads keep
     * the cores the FX thread and the renderer need. UiBench stage64 on two cores, wall-clock work per pulse
     * p99 in alternating runs: 13.1-14.8 ms with 2 ms (300-320 k events/s shown, gaps over 50 ms), 7.5-10.0 ms
     * with 1 ms (140-200 k events/s); 1.5 ms gave 9.7-10.2 ms. The lessons' own runs are far shorter than a
     * second of that, so only endless ones (the benchmark's) go slower.
     */
    static final long BUDGET_NANOS = 1_000_000;
    /**
     * Of a backlog, only this many latest events are narrated one by one: more lines than anyone reads in a
     * pulse, and wording a line is the dearest part of an event (400 cost the FX thread a few ms per pulse).
     */
    static final int NARRATED = 60;
    /** Events between two looks at the clock: about a tenth of the budget. */
    private static final int CHUNK = 256;

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
        PulseFollower follower = new PulseFollower(target - NARRATED);
        while (history.size() < target && System.nanoTime() - start < BUDGET_NANOS) {
            history.advance(CHUNK, follower);
        }
        listener.pulse(follower.lines, follower.skipped);
    }

    /** Lays out each event of this pulse in the timeline and narrates the latest ones. */
    private final class PulseFollower implements History.Follower {
        private final long narrateFrom;
        private final List<LogLine> lines = new ArrayList<>();
        private long skipped;

        PulseFollower(long narrateFrom) {
            this.narrateFrom = narrateFrom;
        }

        @Override
        public void before(Event e, WorldState state) {
            timeline.before(e, state);
            if (e.seq() < narrateFrom) {
                skipped++;
            } else {
                LogLine line = narrator.describe(e, state);
                if (line != null) {
                    lines.add(line);
                }
            }
        }

        @Override
        public void after(Event e, WorldState state) {
            timeline.after(e, state);
        }
    }
}
