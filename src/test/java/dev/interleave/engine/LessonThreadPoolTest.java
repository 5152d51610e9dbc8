package dev.interleave.engine;

import dev.interleave.engine.sync.TracedQueue;
import dev.interleave.testing.TestScript;
import dev.interleave.trace.Event;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lesson threads carried by reused pool threads (trials) behave as threads of their own: their name, a JVM
 * daemon, their exception recorded, joined when their body returns; and nothing of one lesson thread (an
 * interrupt from a reset) reaches the next one on the same pool thread.
 */
class LessonThreadPoolTest {

    @Test
    void aLessonThreadOnThePoolSeesItselfAsItsOwnThreadAndEndsWithItsException() {
        Map<String, String> seen = new ConcurrentHashMap<>();
        try (LessonThreadPool pool = new LessonThreadPool()) {
            Run run = new Run(RunOptions.fast());
            run.reuseThreads(pool);
            Ending end = run.execute(TestScript.of(r -> {
                r.newThread("T1", false, false, () -> {
                    Thread me = Thread.currentThread();
                    seen.put("name", me.getName());
                    seen.put("daemon", String.valueOf(me.isDaemon()));
                    seen.put("virtual", String.valueOf(me.isVirtual()));
                });
                r.newThread("T2", false, false, () -> {
                    throw new IllegalStateException("boom");
                });
            }));

            assertThat(end).isEqualTo(Ending.COMPLETED);
            assertThat(seen).containsEntry("name", "T1").containsEntry("daemon", "true").containsEntry("virtual", "false");
            Event.ThreadTerminated t2 = terminationOf(run, 2);
            assertThat(t2.exception()).isEqualTo(IllegalStateException.class.getName());
            assertThat(t2.message()).isEqualTo("boom");
            assertThat(run.threads()).allSatisfy(t -> {
                assertThat(t.jvmState()).isEqualTo(Thread.State.TERMINATED);
                assertThat(t.jvmThread().isAlive()).isFalse();
            });
        }
    }

    private static Event.ThreadTerminated terminationOf(Run run, int thread) {
        for (long seq = 0; seq < run.recording().size(); seq++) {
            if (run.recording().event(seq) instanceof Event.ThreadTerminated t && t.thread() == thread) {
                return t;
            }
        }
        throw new AssertionError("thread " + thread + " did not end");
    }

    @Test
    void aRunThatEndedLeavesItsPoolThreadsReadySoTheNextReusesThem() {
        try (LessonThreadPool pool = new LessonThreadPool()) {
            for (int i = 0; i < 50; i++) {
                Run run = new Run(RunOptions.fast());
                run.reuseThreads(pool);
                run.execute(TestScript.of(r -> {
                    r.newThread("A", false, false, () -> r.sleep(0));
                    r.newThread("B", false, false, () -> r.sleep(0));
                }));
            }
            assertThat(pool.threadsMade()).isEqualTo(2);
        }
    }

    @Test
    void aResetInterruptsTheLessonThreadItStopsAndNotTheNextOneOnThatPoolThread() throws Exception {
        try (LessonThreadPool pool = new LessonThreadPool()) {
            Run stuck = new Run(RunOptions.fast().withEndOnDeadlock(false)); // stays stuck until reset
            stuck.reuseThreads(pool);
            stuck.start(TestScript.of(r -> {
                TracedQueue<String> empty = new TracedQueue<>(r, "empty", 1);
                r.newThread("consumer", false, false, empty::take); // waits forever
            }));
            assertThat(stuck.awaitSettled(Duration.ofSeconds(5))).isTrue();
            assertThat(stuck.reset()).isEmpty();
            assertThat(terminationOf(stuck, 1).exception()).endsWith("RunCancelledException");

            Run next = new Run(RunOptions.fast());
            next.reuseThreads(pool);
            Ending end = next.execute(TestScript.of(r -> r.newThread("sleeper", false, false, () -> r.sleep(20))));

            assertThat(end).isEqualTo(Ending.COMPLETED);
            assertThat(terminationOf(next, 1).exception()).isNull();
            assertThat(pool.threadsMade()).isEqualTo(1);
        }
    }

    @Test
    void resetsAtAnyMomentOfPooledRunsLeaveNoLessonThreadRunning() throws Exception {
        try (LessonThreadPool pool = new LessonThreadPool()) {
            for (int cycle = 0; cycle < 100; cycle++) {
                Run run = new Run(RunOptions.fast().withEndOnDeadlock(false));
                run.reuseThreads(pool);
                run.start(TestScript.of(r -> {
                    TracedQueue<Integer> queue = new TracedQueue<>(r, "queue", 1);
                    r.newThread("producer", false, false, () -> {
                        for (int i = 0; i < 1_000; i++) {
                            queue.put(i);
                        }
                    });
                    r.newThread("consumer", false, false, () -> {
                        while (true) {
                            queue.take(); // waits forever once the producer is done
                        }
                    });
                }));
                Thread.sleep(cycle % 3); // setup, mid-run, or stuck at the end
                assertThat(run.reset()).as("cycle %d", cycle).isEmpty();
                assertThat(run.threads()).allSatisfy(t -> assertThat(t.jvmThread().isAlive()).isFalse());
            }
            assertThat(pool.threadsMade()).isLessThanOrEqualTo(2);
        }
    }
}
