package dev.interleave.trace;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a recording in the Chrome / Perfetto Trace Event Format (JSON object form): for each thread a
 * {@code thread_name} metadata event ({@code ph: "M"}), one complete event ({@code ph: "X"}) per interval it
 * spent in one state (RUNNABLE, BLOCKED on a lock, WAITING, ...), and instant events ({@code ph: "i"}) for
 * lock, signal, queue, barrier and deadlock events. Times are microseconds from the start of the run. Open
 * the file in ui.perfetto.dev or chrome://tracing.
 */
public final class ChromeTrace {
    private static final int PID = 1;

    private ChromeTrace() {}

    public static void write(Recording recording, String title, Writer out) throws IOException {
        JsonOut json = new JsonOut(out);
        out.write("{\"displayTimeUnit\": \"ns\", \"otherData\": {\"lesson\": ");
        out.write(JsonText.quote(title));
        out.write("}, \"traceEvents\": [\n");
        json.first = true;
        json.object("M", 0, 0, "process_name", null, "{\"name\": " + JsonText.quote("Interleave: " + title) + "}");
        TimelineIndex index = new TimelineIndex();
        // Events are in sequence order; their clock readings, taken on different cores, can be a hair out of
        // order. Time here never goes back, so a thread's spans neither overlap nor run backwards.
        long[] time = new long[(int) recording.size()];
        long now = 0;
        for (long seq = 0; seq < recording.size(); seq++) {
            Event e = recording.event(seq);
            now = Math.max(now, e.nanos());
            time[(int) seq] = now;
            index.feed(e);
            if (e instanceof Event.ThreadCreated c) {
                json.object("M", c.thread(), 0, "thread_name", null, "{\"name\": " + JsonText.quote(c.name()) + "}");
            }
            String instant = instantName(e, index.state());
            if (instant != null) {
                json.object("i", e.thread(), now, instant, "t", null);
            }
        }
        for (TimelineIndex.Lane lane : index.lanes()) {
            for (int i = 0; i < lane.spans(); i++) {
                long start = time[(int) lane.spanStart(i)];
                long end = i + 1 < lane.spans() ? time[(int) lane.spanStart(i + 1)] : now;
                json.span(lane.thread(), start, end, spanName(lane.spanState(i), lane.spanObject(i), index.state()));
            }
        }
        out.write("\n]}\n");
        out.flush();
    }

    private static String spanName(Thread.State state, int object, WorldState w) {
        ObjectModel on = w.object(object);
        return on == null ? state.name() : state.name() + " on " + on.name();
    }

    private static String instantName(Event e, WorldState after) {
        return switch (e) {
            case Event.LockAcquired a -> "lock " + name(after, a.lock());
            case Event.LockReleased r -> "unlock " + name(after, r.lock());
            case Event.Notified n -> (n.all() ? "notifyAll " : "notify ") + name(after, n.condition());
            case Event.SignalSet s -> "set " + name(after, s.signal());
            case Event.SignalCleared s -> "clear " + name(after, s.signal());
            case Event.LatchCountedDown d -> "countDown " + name(after, d.latch());
            case Event.PermitsAcquired a -> "acquire " + name(after, a.semaphore());
            case Event.PermitsReleased r -> "release " + name(after, r.semaphore());
            case Event.ItemPut p -> "put " + name(after, p.queue());
            case Event.ItemTaken k -> "take " + name(after, k.queue());
            case Event.BarrierTripped b -> "trip " + name(after, b.barrier());
            case Event.DeadlockDetected d -> "deadlock";
            default -> null;
        };
    }

    private static String name(WorldState w, int object) {
        ObjectModel o = w.object(object);
        return o == null ? "#" + object : o.name();
    }

    /** Writes the trace events, one per line, with the commas between them. */
    private static final class JsonOut {
        private final Writer out;
        boolean first;

        JsonOut(Writer out) {
            this.out = out;
        }

        void span(int thread, long startNanos, long endNanos, String name) throws IOException {
            separate();
            out.write(String.format(Locale.ROOT,
                    "{\"ph\": \"X\", \"pid\": %d, \"tid\": %d, \"ts\": %s, \"dur\": %s, \"name\": %s}",
                    PID, thread, micros(startNanos), micros(endNanos - startNanos), JsonText.quote(name)));
        }

        void object(String phase, int thread, long nanos, String name, String scope, String args) throws IOException {
            separate();
            out.write(String.format(Locale.ROOT, "{\"ph\": \"%s\", \"pid\": %d, \"tid\": %d, \"ts\": %s, \"name\": %s",
                    phase, PID, thread, micros(nanos), JsonText.quote(name)));
            if (scope != null) {
                out.write(", \"s\": \"" + scope + "\"");
            }
            if (args != null) {
                out.write(", \"args\": " + args);
            }
            out.write("}");
        }

        private void separate() throws IOException {
            if (!first) {
                out.write(",\n");
            }
            first = false;
        }

        private static String micros(long nanos) {
            return String.format(Locale.ROOT, "%.3f", nanos / 1000.0);
        }
    }
}
