package dev.interleave.engine;

import dev.interleave.engine.sync.TracedSignal;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The engine with thousands of threads: a whole run of the virtual-threads lesson (sleep 0), and one
 * {@link Run#isSettled()} (what step mode and the UI ask) on a run whose threads all wait. Both should grow
 * linearly with the threads; a quadratic registry or stall check would show as 4x per doubling.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ManyThreadsBench {
    @Param({"2500", "5000", "10000", "20000"})
    public int threads;

    private Scenario lesson;
    private ParameterValues values;
    private Run parked;

    @Setup(Level.Trial)
    public void prepare() {
        lesson = Catalog.find("virtual-threads");
        values = lesson.defaults().with("threads", Integer.toString(threads)).with("sleep", "0");
        parked = new Run(RunOptions.fast().withEndOnDeadlock(false));
        parked.start(new Script() {
            @Override
            public void setup(Run run) {
                TracedSignal never = new TracedSignal(run, "never");
                for (int i = 1; i <= threads; i++) {
                    run.newThread("v-" + i, true, true, never::await);
                }
                run.newThread("main", false, false, never::await);
            }

            @Override
            public int judge(Run run, Ending ending) {
                return 0;
            }
        });
        if (!parked.awaitSettled(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the parked run did not settle");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        parked.reset();
    }

    /** Milliseconds for one whole run of the lesson: start, park, go, count down, end. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Ending wholeRunOfTheVirtualThreadsLesson() {
        return lesson.newRun(RunOptions.fast()).execute(lesson.script(values));
    }

    /** Microseconds for one settledness check over every thread of a run where all wait. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean isSettledWithAllWaiting() {
        return parked.isSettled();
    }
}
