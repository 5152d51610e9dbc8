package dev.interleave.engine;

import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the source line a lesson thread is on, from its real stack. Costs a few microseconds per call, which
 * is why runs switch it off for trials and benchmarks.
 */
final class LineLocator {
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final String ENGINE = "dev.interleave.engine";

    private final String sourceClass;
    /** {@code sourceClass + "$"}, made once: at full speed this is asked for every frame of every step. */
    private final String nestedPrefix;

    /** @param sourceClass lines are taken from this class and its nested classes; null: first non-engine frame */
    LineLocator(String sourceClass) {
        this.sourceClass = sourceClass;
        this.nestedPrefix = sourceClass == null ? null : sourceClass + "$";
    }

    int currentLine() {
        return WALKER.walk(firstLessonLine);
    }

    /**
     * Made once, and a plain loop over the frames rather than filter, findFirst and map: at full speed every
     * step of 64 lesson threads asks, and the stream's stages and the Optional were a third of their garbage.
     */
    private final Function<Stream<StackWalker.StackFrame>, Integer> firstLessonLine = frames -> {
        Iterator<StackWalker.StackFrame> it = frames.iterator();
        while (it.hasNext()) {
            StackWalker.StackFrame frame = it.next();
            if (isLessonFrame(frame)) {
                return frame.getLineNumber();
            }
        }
        return -1;
    };

    private boolean isLessonFrame(StackWalker.StackFrame frame) {
        String name = frame.getClassName();
        if (sourceClass != null) {
            return name.equals(sourceClass) || name.startsWith(nestedPrefix);
        }
        return !name.startsWith(ENGINE) && !name.startsWith("java.");
    }
}
