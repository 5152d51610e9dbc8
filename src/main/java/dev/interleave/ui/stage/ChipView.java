package dev.interleave.ui.stage;

/**
 * A thread as it appears inside an object (an owner slot, a queue, a wait set) or beside a line of code: its id,
 * name and colour, and the label the chip shows (a shorter one in the code's margin; the name is still what a
 * screen reader says).
 */
public record ChipView(int thread, String name, int colour, String label) {
    /** A chip that shows the thread's name. */
    public ChipView(int thread, String name, int colour) {
        this(thread, name, colour, name);
    }
}
