package dev.interleave.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The world state of a recording at any sequence number, fast: a snapshot is kept every {@link #interval}
 * events, so reaching any point reduces at most that many events onto a copy of the snapshot before it.
 * Snapshots are cheap ({@link WorldState#copy()} shares every model that did not change), which is what
 * allows the short default interval. A snapshot still costs a reference per thread and object, and keeps
 * the old version (about 110 bytes) of each model that changes before the next one; so for a run with many
 * threads (10,000 virtual ones) snapshots are spaced at least {@link #EVENTS_PER_MODEL} events per thread
 * and object apart. They then take no more memory than the events themselves (20 bytes each), and a jump
 * still reduces at most 50,000 events for 10,000 threads (a few milliseconds).
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
    /** The least spacing of snapshots per thread and object of the run (see above). */
    static final int EVENTS_PER_MODEL = 5;

    private final Recording recording;
    private final int interval;
    /** In the order of the events they hold ({@link WorldState#applied()}); the first holds none. */
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
     * Sees each event as a history reduces it, with the live state just before and just after: the narrator
     * says who held what from the state before, the timeline lays out spans from the state after. The state
     * is the history's own: read it during the call, never keep it.
     */
    public interface Follower {
        void before(Event event, WorldState state);

        void after(Event event, WorldState state);
    }

    /**
     * As {@link #advance(int)}, showing each event to {@code follower}; {@code follower} may be null, which
     * is faster: no event is materialised.
     */
    public int advance(int limit, Follower follower) {
        long start = live.applied;
        if (start < recording.firstAvailable()) {
            lostTrack = true; // the events it needs next were dropped before it got to them
            return 0;
        }
        long end = Math.min(recording.size(), start + limit);
        while (live.applied < end) {
            long due = snapshots.getLast().applied + spacing(); // the next snapshot point
            long upTo = Math.min(end, due);
            if (follower == null) {
                Reducer.advance(live, recording, upTo);
            } else {
                // Reduced from the stored fields, as without a follower; the event is made only to be shown.
                recording.scan(live.applied, upTo, (seq, nanos, type, thread, a, b, c, payload) -> {
                    Event event = recording.decode(seq, nanos, type, thread, a, b, c, payload);
                    follower.before(event, live);
                    Reducer.apply(live, seq, nanos, type, thread, a, b, c, payload);
                    follower.after(event, live);
                });
            }
            if (live.applied == due) {
                snapshots.add(live.copy());
            }
        }
        return (int) (live.applied - start);
    }

    /** How many snapshots it keeps (for tests). */
    int snapshotCount() {
        return snapshots.size();
    }

    /** Events between snapshots now: the interval, or more for a run with many threads and objects. */
    private long spacing() {
        return Math.max(interval, (long) EVENTS_PER_MODEL * (live.threads.size() + live.objects.size()));
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
        WorldState state = snapshotAtOrBefore(end).copy();
        Reducer.advance(state, recording, end);
        return state;
    }

    /** The latest snapshot holding at most {@code end} events (binary search: they are in order). */
    private WorldState snapshotAtOrBefore(long end) {
        int low = 0;
        int high = snapshots.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (snapshots.get(mid).applied <= end) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return snapshots.get(low);
    }
}
