package dev.interleave.engine;

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
        return WALKER.walk(frames -> frames
                .filter(this::isLessonFrame)
                .findFirst()
                .map(StackWalker.StackFrame::getLineNumber)
                .orElse(-1));
    }

    private boolean isLessonFrame(StackWalker.StackFrame frame) {
        String name = frame.getClassName();
        if (sourceClass != null) {
            return name.equals(sourceClass) || name.startsWith(nestedPrefix);
        }
        return !name.startsWith(ENGINE) && !name.startsWith("java.");
    }
}
