package dev.interleave.engine;

import dev.interleave.engine.sync.TracedLock;
import dev.interleave.trace.RecordingLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Traced against plain {@link ReentrantLock} lock/unlock, uncontended, at full speed in free mode and without
 * line capture (as in trials). The benchmark thread is bound to the run as a lesson thread, so every step
 * point, gate check and event is paid exactly as in a lesson: 2 step points and 5 events per pair.
 *
 * <p>{@code keep}: {@code all} keeps every event in memory, as the app does up to its cap, so the figure
 * includes the collector copying the young recording (see {@code -prof gc}); {@code last-64k} keeps only
 * the newest 65,536 (the rest dropped), which shows the cost of tracing itself.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TracedLockBench {
    private final ReentrantLock plain = new ReentrantLock();
    private Run run;
    private TracedLock traced;

    @Param({"all", "last-64k"})
    public String keep;

    @Setup(Level.Iteration)
    public void bindToAFreshRun() {
        run = new Run(RunOptions.fast().withRecordingLimits(keep.equals("all") ? RecordingLimits.defaults()
                : RecordingLimits.dropOldest(65_536)));
        traced = new TracedLock(run, "lock");
        Run.bind(new TracedThread(run, 1, "bench", false, false, () -> { }, null));
    }

    @TearDown(Level.Iteration)
    public void unbind() {
        Run.bind(null);
    }

    @Benchmark
    public void plainLockUnlock() {
        plain.lock();
        plain.unlock();
    }

    @Benchmark
    public void tracedLockUnlock() {
        traced.lock();
        traced.unlock();
    }
}
