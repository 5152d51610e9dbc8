package dev.interleave.engine;

import java.time.Duration;
import java.util.List;

/**
 * A fixed order of step grants, by thread name: the deterministic way to force one interleaving (a test's
 * "T1, T2, T1, T1, ..."), and how a recorded step-mode run is re-executed. Before each grant it waits for the
 * run to settle, so every step completes, and every thread it woke reaches its next step point, before the
 * next one is granted.
 *
 * <p>Runs on a thread of its own (a test's, the CLI's, a background worker's); never on the UI thread.
 */
public record Schedule(List<String> threads) {

    public Schedule {
        threads = List.copyOf(threads);
    }

    public static Schedule of(String... threads) {
        return new Schedule(List.of(threads));
    }

    /** What following a schedule came to. */
    public record Result(int granted, GrantResult refusal, String refusedThread) {
        public boolean complete() {
            return refusal == null;
        }
    }

    /**
     * Grants each step in turn on {@code run}, whose gate must be in step mode. Stops at the first grant
     * the gate refuses (a thread blocked, ended, ...) and says which.
     */
    public Result follow(Run run, Duration settleTimeout) {
        int granted = 0;
        for (String name : threads) {
            if (!run.awaitSettled(settleTimeout)) {
                throw new IllegalStateException("the run did not settle within " + settleTimeout
                        + " before step " + (granted + 1) + " (" + name + ")");
            }
            TracedThread thread = run.threadNamed(name);
            GrantResult result = thread == null
                    ? GrantResult.refused(GrantResult.Refusal.NO_SUCH_THREAD)
                    : run.gate().grant(thread);
            if (!result.granted()) {
                return new Result(granted, result, name);
            }
            granted++;
        }
        run.awaitSettled(settleTimeout);
        return new Result(granted, null, null);
    }
}
