package dev.interleave.ui.stage;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The identity colours of threads (the palette lives in tokens.css as -thread-0 .. -thread-7). A node of
 * style class {@code thread-colour} takes one through a pseudo-class ({@code .thread-colour:thread-3}):
 * switching a pseudo-class is cheap, while switching a style class makes JavaFX look up the node's styles
 * again, and chips and log cells are reused for other threads on every pulse.
 */
public final class ThreadColours {
    public static final int COUNT = 8;
    private static final PseudoClass[] PSEUDO_CLASSES = new PseudoClass[COUNT];

    static {
        for (int i = 0; i < COUNT; i++) {
            PSEUDO_CLASSES[i] = PseudoClass.getPseudoClass("thread-" + i);
        }
    }

    private ThreadColours() {}

    /** The colour index of a thread: threads are numbered from 1 and take the colours in turn. */
    public static int of(int threadId) {
        return Math.floorMod(threadId - 1, COUNT);
    }

    /** Shows {@code node} (of style class {@code thread-colour}) in colour {@code colour}, or none if -1. */
    public static void paint(Node node, int colour) {
        for (int i = 0; i < COUNT; i++) {
            node.pseudoClassStateChanged(PSEUDO_CLASSES[i], i == colour);
        }
    }
}
