package dev.interleave.testing;

import dev.interleave.trace.Event;
import dev.interleave.trace.Recording;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recorded events as short lines for exact-sequence assertions, e.g. {@code T1 LockAcquired lock=account
 * hold=1}: the thread's name, the event type, then its fields with ids replaced by names.
 */
public final class EventText {
    private static final Set<String> OBJECT_FIELDS =
            Set.of("lock", "condition", "semaphore", "barrier", "signal", "latch", "queue", "variable", "object");
    private static final Set<String> THREAD_FIELDS = Set.of("by", "parent");

    private EventText() {}

    public static List<String> of(Recording recording) {
        return of(recording, Set.of());
    }

    /** All events but those whose type's simple name is in {@code skipped}. */
    public static List<String> of(Recording recording, Set<String> skipped) {
        Map<Integer, String> threads = new HashMap<>();
        Map<Integer, String> objects = new HashMap<>();
        threads.put(0, "run");
        List<String> lines = new ArrayList<>();
        for (long seq = 0; seq < recording.size(); seq++) {
            Event e = recording.event(seq);
            if (e instanceof Event.ThreadCreated c) {
                threads.put(c.thread(), c.name());
            }
            if (e instanceof Event.ObjectCreated c) {
                objects.put(c.object(), c.name());
            }
            if (skipped.contains(e.getClass().getSimpleName())) {
                continue;
            }
            StringBuilder line = new StringBuilder(threads.getOrDefault(e.thread(), "?" + e.thread()))
                    .append(' ').append(e.getClass().getSimpleName());
            for (RecordComponent c : e.getClass().getRecordComponents()) {
                String name = c.getName();
                if (name.equals("seq") || name.equals("nanos") || name.equals("thread")) {
                    continue;
                }
                Object value;
                try {
                    value = c.getAccessor().invoke(e);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
                if (name.equals("carrier") && value == null) {
                    continue; // a platform thread's step: no carrier to show
                }
                if (OBJECT_FIELDS.contains(name) && value instanceof Integer id) {
                    value = objects.getOrDefault(id, String.valueOf(id));
                } else if (THREAD_FIELDS.contains(name) && value instanceof Integer id) {
                    value = threads.getOrDefault(id, String.valueOf(id));
                } else if (name.equals("target") && e instanceof Event.StepPending p) {
                    value = p.op().name().matches("START|JOIN|IS_ALIVE")
                            ? threads.getOrDefault(p.target(), "?")
                            : objects.getOrDefault(p.target(), String.valueOf(p.target()));
                }
                line.append(' ').append(name).append('=').append(value);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
