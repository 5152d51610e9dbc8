package dev.interleave.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The world state of a recording at any sequence number, fast: a snapshot is kept every {@link #interval}
 * events, so reaching any point reduces at most that many events onto a copy of the snapshot before it.
 * Snapshots are cheap ({@link WorldState#copy()} shares every model that did not change), which is what
 * allows the short default interval.
 *
 * <p>Owned by one thread (the UI's, or a test's): {@link #advance} follows the recording as it grows.
 *
 * <p>If the recording drops its oldest events ({@link Recording.Overflow#DROPPED}), the live state is still
 * right as long as this history reduced them before they went; {@link #stateAt} a point whose events are
 * gone throws {@link IndexOutOfBoundsException}, and a history that fell behind the drop stops following
 * ({@link #lostTrack()}).
 */
public final class History {
    /** Events between snapshots by default: a jump reduces at most this many (measured: ReducerBench). */
    public static final int DEFAULT_INTERVAL = 1024;

    private final Recording recording;
    private final int interval;
    private final List<WorldState> snapshots = new ArrayList<>();
    private final WorldState live = new WorldState();
    private boolean lostTrack;

    public History(Recording recording) {
        this(recording, DEFAULT_INTERVAL);
    }

    public History(Recording recording, int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("snapshot interval must be at least 1: " + interval);
        }
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
     * event is reduced (the narrator uses it to say who held what); {@code beforeEach} may be null, which is
     * faster: no event is materialised.
     */
    public int advance(int limit, BiConsumer<Event, WorldState> beforeEach) {
        long start = live.applied;
        if (start < recording.firstAvailable()) {
            lostTrack = true; // the events it needs next were dropped before it got to them
            return 0;
        }
        long end = Math.min(recording.size(), start + limit);
        while (live.applied < end) {
            long upTo = Math.min(end, (live.applied / interval + 1) * interval); // the next snapshot point
            if (beforeEach == null) {
                Reducer.advance(live, recording, upTo);
            } else {
                for (long seq = live.applied; seq < upTo; seq++) {
                    Event event = recording.event(seq);
                    beforeEach.accept(event, live);
                    Reducer.apply(live, event);
                }
            }
            if (live.applied % interval == 0) {
                snapshots.add(live.copy());
            }
        }
        return (int) (live.applied - start);
    }

    /** The state after every event reduced so far. Do not change it; read it on the owning thread only. */
    public WorldState live() {
        return live;
    }

    /** How many events the live state holds. */
    public long size() {
        return live.applied;
    }

    /**
     * True once this history fell so far behind a recording that drops its oldest events that the next
     * events it needed were gone: the live state stays at {@link #size()} from then on.
     */
    public boolean lostTrack() {
        return lostTrack;
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
