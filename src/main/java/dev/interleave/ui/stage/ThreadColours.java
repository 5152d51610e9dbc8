package dev.interleave.ui.stage;

/** The identity colours of threads (the palette lives in tokens.css as -thread-0 .. -thread-7). */
public final class ThreadColours {
    public static final int COUNT = 8;

    private ThreadColours() {}

    /** The colour index of a thread: threads are numbered from 1 and take the colours in turn. */
    public static int of(int threadId) {
        return Math.floorMod(threadId - 1, COUNT);
    }

    public static String styleClass(int colour) {
        return "thread-" + colour;
    }
}
