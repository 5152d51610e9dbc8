package dev.interleave.ui.stage;

import java.util.List;

/** The view records of the object widgets: what each shows, as data (the skins put it into words). */
public final class ObjectViews {
    private ObjectViews() {}

    /** A lock or monitor: who owns it how many times, who queues for it, who waits in its wait sets. */
    public record LockView(String name, boolean monitor, ChipView owner, int hold, List<ChipView> entry,
                           List<WaitSetView> waitSets) {}

    /** One wait set: a condition's (named) or a monitor's own. */
    public record WaitSetView(String name, List<ChipView> waiting) {}

    public record SemaphoreView(String name, boolean bounded, int permits, int available,
                                List<ChipView> holders, List<ChipView> waiting) {}

    public record QueueView(String name, int capacity, List<String> items, List<ChipView> waitingToPut,
                            List<ChipView> waitingToTake) {}

    public record BarrierView(String name, int parties, List<ChipView> arrived, int generation, boolean broken) {}

    /** A signal (Python's Event) or a latch: whether it lets threads through, and who waits. */
    public record SignalView(String name, boolean latch, boolean open, long count, List<ChipView> waiting) {}

    /**
     * A shared variable: its value, who wrote it last (null: still the initial value), and the sequence
     * number of that write (so the widget flashes on each new write, also when the value stays the same).
     */
    public record VariableView(String name, String value, boolean negative, ChipView writer, long writeSeq) {}
}
