package dev.interleave.ui.stage;

import javafx.scene.control.Label;

/**
 * A small pill in a thread's colour, standing for that thread inside an object. The stage animates chips
 * of the same thread from where they were to where they are now (see {@link ChipMover}); a box reuses its
 * chips from one view to the next ({@link #show}), so a chip may stand for another thread later.
 */
public final class ThreadChip extends Label {
    private int thread;

    public ThreadChip(ChipView view) {
        getStyleClass().addAll("thread-chip", "thread-colour");
        show(view);
    }

    /** Stands for {@code view}'s thread from now on; a pseudo-class gives its colour. */
    public void show(ChipView view) {
        thread = view.thread();
        setText(view.label());
        setAccessibleText(view.name());
        ThreadColours.paint(this, view.colour());
    }

    public int thread() {
        return thread;
    }
}
