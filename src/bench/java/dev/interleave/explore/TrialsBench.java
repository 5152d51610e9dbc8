package dev.interleave.explore;

import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Trials per second of {@code trials bank-withdrawal --param think=0}: batches of 1,000 trials, each batch
 * with its own pool of reused lesson threads, as the command line runs them.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrialsBench {
    private static final int BATCH = 1_000;
    private final Scenario bank = Catalog.find("bank-withdrawal");
    private final ParameterValues thinkZero = bank.defaults().with("think", "0");

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public TrialResult bankWithdrawalThinkZero() {
        TrialResult result = new Trials(bank, thinkZero).run(BATCH, null);
        if (result.failed() > 0) {
            throw new IllegalStateException(result.firstFailure());
        }
        return result;
    }
}
