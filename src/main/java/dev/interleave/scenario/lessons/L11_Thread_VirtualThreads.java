package dev.interleave.scenario.lessons;

import dev.interleave.engine.sync.TracedLatch;
import dev.interleave.engine.sync.TracedSignal;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ten thousand threads at once: main starts 10,000 virtual threads, each parks until main says go, then
 * sleeps, then counts itself done. A virtual thread is not an operating-system thread: the JVM runs it on a
 * carrier, one of a few platform threads (as many as the machine has cores), and while it parks or sleeps it
 * lets go of its carrier, so a handful of carriers serve them all. That is Python's asyncio (thousands of
 * tasks on one thread, each giving the loop back at every await) with plain blocking code, and unlike
 * asyncio it runs on every core. Each thread says which carrier it ran on, the way the JVM prints a virtual
 * thread: {@code VirtualThread[#22,v-1]/runnable@ForkJoinPool-1-worker-1}.
 */
public final class L11_Thread_VirtualThreads extends Scenario {
    static final Parameter.Count THREADS = new Parameter.Count("threads", 10_000, 1, 20_000);
    static final Parameter.Count SLEEP = new Parameter.Count("sleep", 100, 0, 1000);

    public L11_Thread_VirtualThreads() {
        super("virtual-threads", Topic.THREADS, List.of(THREADS, SLEEP), List.of(
                Outcome.acceptable("all-done")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        int count = lesson.param(THREADS);
        int sleep = lesson.param(SLEEP);
        TracedSignal go = lesson.signal("go");             // Python: asyncio.Event()
        TracedLatch done = lesson.latch("done", count);    // counts the virtual threads that finished
        Set<String> carriers = ConcurrentHashMap.newKeySet();

        lesson.thread("main", () -> {
            for (int i = 1; i <= count; i++) {
                lesson.virtualThread("v-" + i, () -> {
                    go.await();                            // parks: its carrier runs other virtual threads meanwhile
                    carriers.add(carrierOf(Thread.currentThread()));
                    lesson.sleep(sleep);                   // sleeps without holding a carrier
                    done.countDown();
                }).start();
            }
            lesson.note("virtual-threads.note.started", count);
            go.set();                                      // all of them may go on
            done.await();                                  // until every one has finished
            lesson.note("virtual-threads.note.carriers", count, carriers.size());
        });

        return ending -> {
            if (done.count() != 0) {
                throw new IllegalStateException(done.count() + " virtual threads did not finish");
            }
            return outcome("all-done");
        };
    }

    /** The carrier a virtual thread runs on, from the JVM's own text for it: the name after the '@'. */
    private static String carrierOf(Thread virtualThread) {
        String text = virtualThread.toString();
        return text.substring(text.lastIndexOf('@') + 1);
    }

    /**
     * Watched at full speed: main starts the threads one step each, which at the usual third of a second a
     * step would take most of an hour (at 0.8 ms a step, about a minute here). At full speed the run takes a
     * second or two, and the crowd's counts per state over time show what happened.
     */
    @Override
    public OptionalDouble speed() {
        return OptionalDouble.of(1.0);
    }
}
