package dev.interleave.engine;

import dev.interleave.trace.RecordingLimits;

/**
 * How a run is executed.
 *
 * @param mode          the gate's initial mode
 * @param delayNanos    the pause between steps in free mode (0: full speed)
 * @param captureLines  record the source line of each step point (costs microseconds: on in animated runs,
 *                      off in trials and benchmarks)
 * @param sourceClass   the class whose lines are captured (its nested classes too); null: the first frame
 *                      outside the engine
 * @param endOnDeadlock stop the threads once a deadlock is detected (trials); otherwise they stay stuck for
 *                      the learner to see until the run is reset
 * @param seed          seeds each lesson thread's random numbers, so a run can be repeated
 * @param limits        how much of the run's recording stays in memory, and where the rest goes
 */
public record RunOptions(Gate.Mode mode, long delayNanos, boolean captureLines, String sourceClass,
                         boolean endOnDeadlock, long seed, RecordingLimits limits) {

    /** Full speed, no lines, ends itself on deadlock: for trials, the CLI and benchmarks. */
    public static RunOptions fast() {
        return new RunOptions(Gate.Mode.FREE, 0, false, null, true, 1, RecordingLimits.defaults());
    }

    /** Paused at the start with lines captured: for the animated app and scripted step tests. */
    public static RunOptions interactive(Gate.Mode mode) {
        return new RunOptions(mode, 0, true, null, false, 1, RecordingLimits.defaults());
    }

    public RunOptions withRecordingLimits(RecordingLimits value) {
        return new RunOptions(mode, delayNanos, captureLines, sourceClass, endOnDeadlock, seed, value);
    }

    public RunOptions withMode(Gate.Mode value) {
        return new RunOptions(value, delayNanos, captureLines, sourceClass, endOnDeadlock, seed, limits);
    }

    public RunOptions withDelayNanos(long value) {
        return new RunOptions(mode, value, captureLines, sourceClass, endOnDeadlock, seed, limits);
    }

    public RunOptions withSourceClass(String value) {
        return new RunOptions(mode, delayNanos, captureLines, value, endOnDeadlock, seed, limits);
    }

    public RunOptions withSeed(long value) {
        return new RunOptions(mode, delayNanos, captureLines, sourceClass, endOnDeadlock, value, limits);
    }

    public RunOptions withEndOnDeadlock(boolean value) {
        return new RunOptions(mode, delayNanos, captureLines, sourceClass, value, seed, limits);
    }

    public RunOptions withCaptureLines(boolean value) {
        return new RunOptions(mode, delayNanos, value, sourceClass, endOnDeadlock, seed, limits);
    }
}
