package dev.interleave.engine;

import dev.interleave.engine.sync.TracedCondition;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedMonitor;
import dev.interleave.testing.TestScript;
import dev.interleave.trace.History;
import dev.interleave.trace.ThreadModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modelled thread state beside the JVM's own {@code Thread.getState()} at quiet points in step mode.
 * They agree except where they legitimately differ, and this test documents where:
 * <ul>
 *   <li>held at a step point: RUNNABLE to the program (modelled), WAITING to the JVM (parked in the gate);</li>
 *   <li>blocked on a {@code ReentrantLock} (or our monitor, which is built on one): BLOCKED conceptually
 *       (modelled), WAITING to the JVM (parked in the lock's queue).</li>
 * </ul>
 */
class JvmCrossCheckTest {
    private Run run;

    @AfterEach
    void stop() {
        assertThat(run.reset()).isEmpty();
    }

    private ThreadModel modelled(String name) {
        History h = new History(run.recording());
        h.advance(Integer.MAX_VALUE);
        return h.live().threadNamed(name);
    }

    @Test
    void statesAgreeOrDifferOnlyWhereDocumented() {
        run = new Run(RunOptions.interactive(Gate.Mode.STEP));
        run.start(TestScript.of(r -> {
            TracedLock lock = new TracedLock(r, "lock");
            TracedCondition ready = lock.newCondition("ready");
            TracedMonitor monitor = new TracedMonitor(r, "monitor");
            r.newThread("holder", false, false, () -> {
                lock.lock();
                monitor.lock();
                r.sleep(60_000);
            });
            r.newThread("blocked", false, false, lock::lock);
            r.newThread("waiter", false, false, () -> {
                monitor.synchronize(monitor::await);
            });
            r.newThread("condition", false, false, () -> {
                TracedLock own = lock;
                own.lock();
                ready.await();
            });
        }));
        Duration settle = Duration.ofSeconds(5);
        assertThat(run.awaitSettled(settle)).isTrue();

        // At a step point: modelled RUNNABLE with a pending step; the JVM sees the gate's park.
        assertThat(modelled("holder").state()).isEqualTo(Thread.State.RUNNABLE);
        assertThat(modelled("holder").atStepPoint()).isTrue();
        assertThat(run.threadNamed("holder").jvmState()).isEqualTo(Thread.State.WAITING);

        // waiter and condition wait in real wait sets: both views say WAITING.
        assertThat(Schedule.of("waiter", "waiter", "condition", "condition").follow(run, settle).complete()).isTrue();
        assertThat(modelled("waiter").state())
                .as("%s", dev.interleave.testing.EventText.of(run.recording())).isEqualTo(Thread.State.WAITING);
        assertThat(run.threadNamed("waiter").jvmState()).isEqualTo(Thread.State.WAITING);
        assertThat(modelled("condition").state()).isEqualTo(Thread.State.WAITING);
        assertThat(run.threadNamed("condition").jvmState()).isEqualTo(Thread.State.WAITING);

        // holder takes both locks and sleeps: TIMED_WAITING in both views.
        Schedule.of("holder", "holder", "holder").follow(run, Duration.ofMillis(300));
        assertThat(modelled("holder").state()).isEqualTo(Thread.State.TIMED_WAITING);
        assertThat(run.threadNamed("holder").jvmState()).isEqualTo(Thread.State.TIMED_WAITING);

        // blocked asks for the held ReentrantLock: BLOCKED in the model, WAITING (parked) to the JVM.
        assertThat(run.gate().grant(run.threadNamed("blocked")).granted()).isTrue();
        long deadline = System.nanoTime() + settle.toNanos();
        while (run.threadNamed("blocked").status() != ThreadStatus.BLOCKED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(modelled("blocked").state())
                .as("%s", dev.interleave.testing.EventText.of(run.recording())).isEqualTo(Thread.State.BLOCKED);
        assertThat(run.threadNamed("blocked").jvmState()).isEqualTo(Thread.State.WAITING);
    }
}
