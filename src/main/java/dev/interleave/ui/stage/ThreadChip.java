package dev.interleave.ui.stage;

import javafx.scene.control.Label;

/**
 * A small pill in a thread's colour, standing for that thread inside an object. The stage animates chips
 * of the same thread from where they were to where they are now (see {@link ChipMover}).
 */
public final class ThreadChip extends Label {
    private final int thread;

    public ThreadChip(ChipView view) {
        super(view.name());
        this.thread = view.thread();
        getStyleClass().addAll("thread-chip", "thread-colour", ThreadColours.styleClass(view.colour()));
        setAccessibleText(view.name());
    }

    public int thread() {
        return thread;
    }
}
