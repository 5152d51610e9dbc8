package dev.interleave.ui.stage;

/** A thread as it appears inside an object (an owner slot, a queue, a wait set): its id, name and colour. */
public record ChipView(int thread, String name, int colour) {}
