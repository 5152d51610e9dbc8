package dev.interleave.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run laid out in time for drawing and export, built incrementally as events arrive: per thread, the spans
 * it spent in each state (with what it waited on), markers for lock, signal, queue and barrier events, and
 * arrows from a cause to its effect (an unlock to the waiter it lets in, a notify to the thread it wakes, a
 * barrier trip to the threads it releases, a set signal, an opened latch or a put to the waiters they free).
 * Time is counted in events (sequence numbers), which gives each step the same width.
 *
 * <p>Stored in primitive arrays (a 1M-event run costs a few tens of MB). One thread feeds it, in order;
 * reading is for the same thread.
 */
public final class TimelineIndex implements History.Follower {

    /** What a marker stands for. */
    public enum Marker { LOCK, UNLOCK, NOTIFY, SIGNAL, QUEUE, BARRIER, PROBLEM, READ, WRITE }

    /** Why an arrow is drawn. */
    public enum Cause { UNLOCK, NOTIFY, BARRIER, SIGNAL, LATCH, QUEUE }

    /** One thread's row: its state spans in time order, and its markers. */
    public static final class Lane {
        private final int thread;
        private final String name;
        private long[] spanStart = new long[16];
        private byte[] spanState = new byte[16];
        private int[] spanObject = new int[16];
        private int spans;
        private long[] markerSeq = new long[16];
        private byte[] markerKind = new byte[16];
        private int markers;

        Lane(int thread, String name) {
            this.thread = thread;
            this.name = name;
        }

        public int thread() { return thread; }

        public String name() { return name; }

        public int spans() { return spans; }

        /** The first event of span {@code i}; it lasts until the next span starts (or the end). */
        public long spanStart(int i) { return spanStart[i]; }

        public Thread.State spanState(int i) { return STATES[spanState[i]]; }

        /** What it waited on during span {@code i}, or {@link Event#NONE}. */
        public int spanObject(int i) { return spanObject[i]; }

        public int markers() { return markers; }

        public long markerSeq(int i) { return markerSeq[i]; }

        public Marker marker(int i) { return MARKERS[markerKind[i]]; }

        /** The index of the span covering event {@code seq} (0 if before the first). */
        public int spanAt(long seq) {
            int i = Arrays.binarySearch(spanStart, 0, spans, seq);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }

        /** The index of the first marker at or after {@code seq}. */
        public int markerFrom(long seq) {
            int i = Arrays.binarySearch(markerSeq, 0, markers, seq);
            if (i < 0) {
                return -i - 1;
            }
            while (i > 0 && markerSeq[i - 1] == seq) {
                i--;
            }
            return i;
        }

        void span(long seq, Thread.State state, int object) {
            if (spans > 0 && spanState[spans - 1] == state.ordinal() && spanObject[spans - 1] == object) {
                return;
            }
            if (spans == spanStart.length) {
                spanStart = Arrays.copyOf(spanStart, spans * 2);
                spanState = Arrays.copyOf(spanState, spans * 2);
                spanObject = Arrays.copyOf(spanObject, spans * 2);
            }
            spanStart[spans] = seq;
            spanState[spans] = (byte) state.ordinal();
            spanObject[spans] = object;
            spans++;
        }

        void marker(long seq, Marker kind) {
            if (markers == markerSeq.length) {
                markerSeq = Arrays.copyOf(markerSeq, markers * 2);
                markerKind = Arrays.copyOf(markerKind, markers * 2);
            }
            markerSeq[markers] = seq;
            markerKind[markers] = (byte) kind.ordinal();
            markers++;
        }
    }

    /** An arrow from the event that caused something to the event where it took effect. */
    public record Arrow(long fromSeq, int fromThread, long toSeq, int toThread, Cause cause) {}

    private static final Thread.State[] STATES = Thread.State.values();
    private static final Marker[] MARKERS = Marker.values();

    /** The state {@link #feed} reduces into; unused when a history drives the index. */
    private final WorldState own = new WorldState();
    /**
     * The threads the event between {@link #before} and {@link #after} moves, its own first: the first
     * {@link #affectedCount} entries. Reused for every event (an index is fed millions of them).
     */
    private int[] affected = new int[8];
    private int affectedCount;
    /** Lanes by thread id (ids are dense, from 0); null for an id not created yet. */
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Lane> laneOrder = new ArrayList<>();
    private final List<Arrow> arrows = new ArrayList<>();
    /** For each waiting thread, the event (seq, thread) that woke it, until it acts on it. */
    private final Map<Integer, long[]> wokenBy = new HashMap<>();
    /** For each lock, the last full release (seq, thread). */
    private final Map<Integer, long[]> lastRelease = new HashMap<>();
    private long size;

    /** How many events were fed. */
    public long size() {
        return size;
    }

    /** The lanes, in the order threads were created. */
    public List<Lane> lanes() {
        return laneOrder;
    }

    /** Every arrow, in the order of the events they point to ({@code toSeq} ascending). */
    public List<Arrow> arrows() {
        return arrows;
    }

    /** The index in {@link #arrows()} of the first arrow pointing to {@code seq} or later. */
    public int arrowFrom(long seq) {
        int low = 0;
        int high = arrows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (arrows.get(mid).toSeq() < seq) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The world state after every event {@linkplain #feed fed} so far (empty when the index follows a
     * {@link History} instead).
     */
    public WorldState state() {
        return own;
    }

    /** Adds the next event, reducing it into the index's own state; events must come in order from 0. */
    public void feed(Event e) {
        before(e, own);
        Reducer.apply(own, e);
        after(e, own);
    }

    /**
     * First half of adding the next event, as a {@link History} reduces it: {@code state} is the world just
     * before it. The history calls {@link #after} next, so the index needs no world state of its own.
     */
    @Override
    public void before(Event e, WorldState state) {
        affected(e, state);
        causes(e, state);
    }

    /** Second half: {@code state} is the world just after the event. */
    @Override
    public void after(Event e, WorldState state) {
        size = e.seq() + 1;
        if (e instanceof Event.ThreadCreated c) {
            Lane lane = new Lane(c.thread(), c.name());
            while (lanes.size() <= c.thread()) {
                lanes.add(null);
            }
            lanes.set(c.thread(), lane);
            laneOrder.add(lane);
        }
        Marker marker = marker(e);
        if (marker != null) {
            Lane lane = lane(e.thread());
            if (lane != null) {
                lane.marker(e.seq(), marker);
            }
        }
        for (int i = 0; i < affectedCount; i++) {
            int id = affected[i];
            ThreadModel t = state.thread(id);
            Lane lane = lane(id);
            if (t != null && lane != null) {
                lane.span(e.seq(), t.state(), t.joining() != Event.NONE ? Event.NONE : t.waitingOn());
            }
        }
    }

    /**
     * The threads whose state {@code e} may change, read from the state just before it: its own thread, and
     * the ones it moves (those queued for a lock it takes, or takes back after a wait, that were not yet blocked
     * on it; those a notify wakes, those a barrier trip, a set signal or an opening latch release). Looked up in
     * the objects' own lists.
     */
    private void affected(Event e, WorldState state) {
        affected[0] = e instanceof Event.ThreadStarted s ? s.thread() : e.thread();
        affectedCount = 1;
        switch (e) {
            case Event.LockAcquired a -> addNotYetBlocked(state.object(a.lock(), ObjectModel.Lock.class), state);
            case Event.WaitEnded w -> addNotYetBlocked(lockOf(w.condition(), state), state); // it takes the lock back
            case Event.Notified n -> {
                List<Integer> waiting = waitSetOf(n.condition(), state);
                addAffected(waiting.subList(0, Math.min(n.woken(), waiting.size())));
            }
            case Event.BarrierTripped b -> addAffected(state.object(b.barrier(), ObjectModel.Barrier.class).arrived());
            case Event.SignalSet s -> addAffected(state.object(s.signal(), ObjectModel.Signal.class).waiters());
            case Event.LatchCountedDown d when d.remaining() == 0 ->
                    addAffected(state.object(d.latch(), ObjectModel.Latch.class).waiters());
            default -> { }
        }
    }

    /**
     * Of the threads queued for a lock its taker now holds, only those not yet shown blocked on it change: a
     * thread that asked while the lock was free was still running. The others already are blocked on it, and
     * with many threads queued (64 on one lock) going through them all at every taking cost the FX thread a
     * tenth of its pulse (UiBench stage64).
     */
    private void addNotYetBlocked(ObjectModel.Lock lock, WorldState state) {
        int own = affected[0];
        for (int id : lock.entryQueue()) {
            ThreadModel t = state.thread(id);
            if (id != own && (t == null || t.state() != Thread.State.BLOCKED || t.waitingOn() != lock.id())) {
                addAffected(id);
            }
        }
    }

    /** Adds {@code more} (an object's list: no repeats) after the event's own thread, without repeating it. */
    private void addAffected(List<Integer> more) {
        int own = affected[0];
        for (int id : more) {
            if (id != own) {
                addAffected(id);
            }
        }
    }

    private void addAffected(int id) {
        if (affectedCount == affected.length) {
            affected = Arrays.copyOf(affected, affectedCount * 2);
        }
        affected[affectedCount++] = id;
    }

    private Lane lane(int thread) {
        return thread >= 0 && thread < lanes.size() ? lanes.get(thread) : null;
    }

    private static Marker marker(Event e) {
        return switch (e) {
            case Event.LockAcquired a -> Marker.LOCK;
            case Event.LockReleased r -> Marker.UNLOCK;
            case Event.Notified n -> Marker.NOTIFY;
            case Event.SignalSet s -> Marker.SIGNAL;
            case Event.SignalCleared s -> Marker.SIGNAL;
            case Event.LatchCountedDown d -> Marker.SIGNAL;
            case Event.PermitsAcquired a -> Marker.LOCK;
            case Event.PermitsReleased r -> Marker.UNLOCK;
            case Event.ItemPut p -> Marker.QUEUE;
            case Event.ItemTaken t -> Marker.QUEUE;
            case Event.BarrierTripped t -> Marker.BARRIER;
            case Event.BarrierBroken b -> Marker.PROBLEM;
            case Event.ReleaseRefused r -> Marker.PROBLEM;
            case Event.DeadlockDetected d -> Marker.PROBLEM;
            case Event.ValueRead r -> Marker.READ;
            case Event.TextRead r -> Marker.READ;
            case Event.ValueWritten w -> Marker.WRITE;
            case Event.TextWritten w -> Marker.WRITE;
            case Event.CompareAndSet c -> Marker.WRITE;
            default -> null;
        };
    }

    /**
     * Notes causes (before the event is reduced, while the state still says who waited) and draws effects.
     * {@code affected} are the threads the event moves, its own first.
     */
    private void causes(Event e, WorldState state) {
        long seq = e.seq();
        int me = e.thread();
        switch (e) {
            case Event.LockReleased r when r.hold() == 0 -> lastRelease.put(r.lock(), new long[] {seq, me});
            case Event.LockAcquired a -> {
                ThreadModel t = state.thread(me);
                long[] release = lastRelease.get(a.lock());
                if (t != null && t.state() == Thread.State.BLOCKED && release != null && release[1] != me) {
                    arrows.add(new Arrow(release[0], (int) release[1], seq, me, Cause.UNLOCK));
                }
            }
            case Event.Notified n -> {
                List<Integer> waiting = waitSetOf(n.condition(), state);
                for (int i = 0; i < n.woken() && i < waiting.size(); i++) {
                    wokenBy.put(waiting.get(i), new long[] {seq, me, Cause.NOTIFY.ordinal()});
                }
            }
            case Event.BarrierTripped t -> wakeAffected(seq, me, Cause.BARRIER);
            case Event.SignalSet s -> wakeAffected(seq, me, Cause.SIGNAL);
            case Event.LatchCountedDown d when d.remaining() == 0 -> wakeAffected(seq, me, Cause.LATCH);
            case Event.ItemPut p -> {
                ObjectModel.Queue q = state.object(p.queue(), ObjectModel.Queue.class);
                if (q != null && !q.waitingToTake().isEmpty()) {
                    wokenBy.put(q.waitingToTake().getFirst(), new long[] {seq, me, Cause.QUEUE.ordinal()});
                }
            }
            case Event.ItemTaken k -> {
                ObjectModel.Queue q = state.object(k.queue(), ObjectModel.Queue.class);
                if (q != null && !q.waitingToPut().isEmpty()) {
                    wokenBy.put(q.waitingToPut().getFirst(), new long[] {seq, me, Cause.QUEUE.ordinal()});
                }
            }
            default -> { }
        }
        if (isWakeUp(e)) {
            long[] cause = wokenBy.remove(me);
            if (cause != null && cause[1] != me) {
                arrows.add(new Arrow(cause[0], (int) cause[1], seq, me, Cause.values()[(int) cause[2]]));
            }
        }
    }

    private static boolean isWakeUp(Event e) {
        return e instanceof Event.WaitEnded || e instanceof Event.BarrierPassed || e instanceof Event.SignalPassed
                || e instanceof Event.LatchPassed || e instanceof Event.ItemPut || e instanceof Event.ItemTaken;
    }

    /** The threads this event releases (the affected ones but its own) were woken by it. */
    private void wakeAffected(long seq, int me, Cause cause) {
        for (int i = 0; i < affectedCount; i++) {
            int id = affected[i];
            if (id != me) {
                wokenBy.put(id, new long[] {seq, me, cause.ordinal()});
            }
        }
    }

    /** The lock behind a condition, or the monitor itself. */
    private static ObjectModel.Lock lockOf(int conditionOrMonitor, WorldState state) {
        int lock = state.object(conditionOrMonitor) instanceof ObjectModel.Condition c ? c.lock() : conditionOrMonitor;
        return state.object(lock, ObjectModel.Lock.class);
    }

    private static List<Integer> waitSetOf(int conditionOrMonitor, WorldState state) {
        ObjectModel o = state.object(conditionOrMonitor);
        if (o instanceof ObjectModel.Condition c) {
            return c.waitSet();
        }
        return o instanceof ObjectModel.Lock l ? l.waitSet() : List.of();
    }
}
