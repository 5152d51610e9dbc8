package dev.interleave.engine;

import dev.interleave.testing.TestScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread joining another is blocked exactly while the other's lesson code runs: once the other is
 * TERMINATED the joiner goes on by itself, even if the JVM thread has not quite exited. The stall detector,
 * which checks every few milliseconds, relies on that answer being exact.
 */
class JoinBlockerTest {
    private Run run;

    @AfterEach
    void stop() {
        if (run != null) {
            assertThat(run.reset()).isEmpty();
        }
    }

    @Test
    void aJoinerStopsBeingBlockedWhenItsTargetHasEnded() throws Exception {
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicReference<TracedThread> target = new AtomicReference<>();
        run = new Run(RunOptions.fast());
        run.start(TestScript.of(r -> {
            target.set(r.newThread("target", false, false, letGo::await)); // alive until the test lets go
            r.newThread("joiner", false, false, () -> target.get().join());
        }));
        TracedThread joiner = awaitBlocked("joiner");
        assertThat(joiner.blocker().stillBlocks(joiner)).isTrue();

        target.get().status = ThreadStatus.TERMINATED; // its lesson code is done; the JVM thread still lives

        assertThat(joiner.blocker().stillBlocks(joiner)).isFalse();
        letGo.countDown();
        assertThat(run.awaitEnd(Duration.ofSeconds(5))).isTrue();
        assertThat(run.ending()).isEqualTo(Ending.COMPLETED);
    }

    private TracedThread awaitBlocked(String name) throws InterruptedException {
        for (int i = 0; i < 5000; i++) {
            TracedThread t = run.threadNamed(name);
            if (t != null && t.status() == ThreadStatus.BLOCKED && t.blocker() != null) {
                return t;
            }
            Thread.sleep(1);
        }
        throw new AssertionError(name + " never blocked");
    }
}
