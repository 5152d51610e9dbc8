package dev.interleave.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order in which threads took their steps, read back from a recording: the schedule that re-executes
 * the run. A step is announced ({@link Event.StepPending}) and then performed; its place in the schedule is
 * the first event the thread records after the announcement, because that is when it acted. In a step-mode
 * run this is exactly the order of the user's grants; in a free run it is the order the threads happened to
 * take, which a step-mode replay can follow to show how that run came about.
 */
public final class Schedules {
    private Schedules() {}

    /** The ids of the threads, one per step, in the order the steps were performed. */
    public static List<Integer> threadOrder(Recording recording) {
        return threadOrder(recording, recording.size());
    }

    /** As {@link #threadOrder(Recording)}, for the events before {@code end} only. */
    public static List<Integer> threadOrder(Recording recording, long end) {
        Map<Integer, Boolean> announced = new HashMap<>();
        TreeMap<Long, Integer> performed = new TreeMap<>();
        for (long seq = 0; seq < end; seq++) {
            Event e = recording.event(seq);
            // A start is recorded on the started thread; it is the starter's step.
            int thread = e instanceof Event.ThreadStarted s ? s.by() : e.thread();
            if (thread == 0) {
                continue;
            }
            if (e instanceof Event.StepPending) {
                announced.put(thread, true);
            } else if (announced.remove(thread) != null) {
                performed.put(seq, thread);
            }
        }
        return new ArrayList<>(performed.values());
    }

    /** The same schedule as thread names (how recordings and {@code Schedule} name threads). */
    public static List<String> threadNames(Recording recording) {
        Map<Integer, String> names = new HashMap<>();
        for (long seq = 0; seq < recording.size(); seq++) {
            if (recording.event(seq) instanceof Event.ThreadCreated c) {
                names.put(c.thread(), c.name());
            }
        }
        return threadOrder(recording).stream().map(id -> names.getOrDefault(id, "#" + id)).toList();
    }
}
