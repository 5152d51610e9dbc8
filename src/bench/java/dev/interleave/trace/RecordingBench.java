package dev.interleave.trace;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The cost of recording one event: one producer (time per event, and with {@code -prof gc} the bytes
 * allocated per event, which are the columns themselves: 23 bytes, no per-event objects) and four producers
 * at once (aggregate events per second). Each iteration starts a fresh recording so the heap stays bounded.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RecordingBench {
    private Recording recording;
    private int value;

    /**
     * A fresh recording each iteration, after a collection: past its first chunks a recording's columns are
     * off the heap, freed when a collection finds the chunk gone, and with this benchmark's little garbage
     * none would come before the JVM's direct memory ran out.
     */
    @Setup(Level.Iteration)
    public void freshRecording() {
        recording = null;
        System.gc();
        recording = new Recording();
    }

    /** Nanoseconds per recorded event, one producer. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(1)
    public long recordOneEvent() {
        return recording.valueWritten(1, 2, value++);
    }

    /** The same, as a mean over many events: no timer around each call (SampleTime pays ~2 nanoTime calls). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(1)
    public long recordOneEventMean() {
        return recording.valueWritten(1, 2, value++);
    }

    /**
     * Nanoseconds per event in batches of 100 events, as a distribution: its median is the median cost of an
     * event without SampleTime's own timer in it (0.3 ns a event here), and a batch that allocated the next
     * chunk or met a GC pause shows in the upper percentiles.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(100)
    @Threads(1)
    public long recordHundredEvents() {
        long seq = 0;
        for (int i = 0; i < 100; i++) {
            seq = recording.valueWritten(1, 2, value++);
        }
        return seq;
    }

    /** What SampleTime's own timing costs per call: the floor under {@link #recordOneEvent}'s figures. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(1)
    public long timerFloor() {
        return value++;
    }

    private final java.util.concurrent.atomic.AtomicLong counter = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The floor under {@link #fourProducers}: only what every recorded event needs whatever the storage,
     * one shared sequence number and one clock reading, from four threads.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public long fourProducersSequenceAndClockOnly() {
        return counter.getAndIncrement() + System.nanoTime();
    }

    /** Events per second from four producers together (on this 2-core machine, two per core). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public long fourProducers() {
        return recording.valueWritten(1, 2, 3);
    }
}
