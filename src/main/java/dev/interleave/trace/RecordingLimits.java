package dev.interleave.trace;

import java.nio.file.Path;

/**
 * How much of a {@link Recording} stays in memory, and what happens past that.
 *
 * <p>Up to {@code memoryEvents} events stay in memory (20 bytes each). Past that the oldest events move, a
 * chunk of 1,024 at a time, to a temporary file in {@code spillDirectory}, from where readers still get them
 * (more slowly): nothing is lost. With no spill directory, or once writing the file failed (a full disk),
 * the oldest events are dropped instead, and the recording says so ({@link Recording#overflow()}). Either
 * way a long run never ends in an {@link OutOfMemoryError}.
 *
 * @param memoryEvents   how many events stay in memory; at least {@link #MIN_MEMORY_EVENTS}
 * @param spillDirectory where the spill file goes, or null to drop the oldest events instead
 */
public record RecordingLimits(long memoryEvents, Path spillDirectory) {
    /** Two chunks: the one being filled and the one allocated ahead of it. */
    public static final long MIN_MEMORY_EVENTS = 2 * 1024;
    /** Bytes an event takes in memory: two {@code long} columns and an {@code int} one. */
    public static final int BYTES_PER_EVENT = 20;

    public RecordingLimits {
        if (memoryEvents < MIN_MEMORY_EVENTS) {
            throw new IllegalArgumentException("a recording keeps at least " + MIN_MEMORY_EVENTS
                    + " events in memory, not " + memoryEvents);
        }
    }

    /**
     * As many events in memory as a quarter of the maximum heap holds (64 M events with a 6 GB heap), the rest
     * spilled to the system's temporary directory. A long run's events are off the heap, in direct memory,
     * which the JVM caps at the maximum heap unless told otherwise ({@code -XX:MaxDirectMemorySize}).
     */
    public static RecordingLimits defaults() {
        long budget = Runtime.getRuntime().maxMemory() / 4;
        return new RecordingLimits(Math.max(MIN_MEMORY_EVENTS, budget / BYTES_PER_EVENT),
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** At most {@code memoryEvents} in memory and nothing on disk: past that the oldest events are dropped. */
    public static RecordingLimits dropOldest(long memoryEvents) {
        return new RecordingLimits(memoryEvents, null);
    }

    /** At most {@code memoryEvents} in memory, the older ones spilled to a file in {@code directory}. */
    public static RecordingLimits spillTo(Path directory, long memoryEvents) {
        return new RecordingLimits(memoryEvents, directory);
    }
}
