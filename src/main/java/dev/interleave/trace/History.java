package dev.interleave.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The world state of a recording at any sequence number, fast: a snapshot is kept every {@link #interval}
 * events, so reaching any point reduces at most that many events onto a copy of the snapshot before it.
 *
 * <p>Owned by one thread (the UI's, or a test's): {@link #advance} follows the recording as it grows.
 */
public final class History {
    private final Recording recording;
    private final int interval;
    private final List<WorldState> snapshots = new ArrayList<>();
    private final WorldState live = new WorldState();

    public History(Recording recording) {
        this(recording, 4096);
    }

    public History(Recording recording, int interval) {
        this.recording = recording;
        this.interval = interval;
        snapshots.add(live.copy());
    }

    public Recording recording() {
        return recording;
    }

    /**
     * Reduces up to {@code limit} more published events into the live state, keeping snapshots on the way.
     * Returns how many were reduced (0 when it is up to date).
     */
    public int advance(int limit) {
        return advance(limit, null);
    }

    /**
     * As {@link #advance(int)}, showing each event to {@code beforeEach} with the live state just before the
     * event is reduced (the narrator uses it to say who held what); {@code beforeEach} may be null.
     */
    public int advance(int limit, BiConsumer<Event, WorldState> beforeEach) {
        long end = Math.min(recording.size(), live.applied + limit);
        int count = 0;
        while (live.applied < end) {
            Event event = recording.event(live.applied);
            if (beforeEach != null) {
                beforeEach.accept(event, live);
            }
            Reducer.apply(live, event);
            count++;
            if (live.applied % interval == 0) {
                snapshots.add(live.copy());
            }
        }
        return count;
    }

    /** The state after every event reduced so far. Do not change it; read it on the owning thread only. */
    public WorldState live() {
        return live;
    }

    /** How many events the live state holds. */
    public long size() {
        return live.applied;
    }

    /** A new state holding events 0..{@code end}-1 ({@code end} at most {@link #size()}). */
    public WorldState stateAt(long end) {
        if (end < 0 || end > live.applied) {
            throw new IndexOutOfBoundsException("state at " + end + " of " + live.applied);
        }
        if (end == live.applied) {
            return live.copy();
        }
        WorldState state = snapshots.get((int) (end / interval)).copy();
        Reducer.advance(state, recording, end);
        return state;
    }
}
