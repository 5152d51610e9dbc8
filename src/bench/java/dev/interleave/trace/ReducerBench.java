package dev.interleave.trace;

import dev.interleave.bench.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The reducer on a realistic 1M-event recording (a real run: six threads, a contended lock, a semaphore, a
 * queue, shared variables; see {@link Workload}): how fast events are applied to a world state, how long a
 * {@link History} takes to follow the whole run (snapshots included), and how long jumping to a random point
 * takes ({@link History#stateAt}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReducerBench {
    static final int EVENTS = 1_000_000;

    /** Events between two snapshots of the history. */
    @Param({"4096"})
    public int interval;

    private Recording recording;
    private History history;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void record() {
        recording = Workload.record(EVENTS);
        history = new History(recording, interval);
        history.advance(Integer.MAX_VALUE);
    }

    /** Nanoseconds per event applied to a fresh world state (1 / throughput). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(EVENTS)
    public WorldState reduceEvents() {
        WorldState state = new WorldState();
        Reducer.advance(state, recording, EVENTS);
        return state;
    }

    /** Nanoseconds per event for a history following the run: reducing and keeping snapshots. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(EVENTS)
    public History followWithHistory() {
        History h = new History(recording, interval);
        h.advance(EVENTS);
        return h;
    }

    /** Jumping to a random point of the run: the distribution, with the worst case at p(1.0000). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public WorldState jumpToRandomPoint() {
        return history.stateAt(random.nextLong(history.size() + 1));
    }
}
