package dev.interleave.scenario.lessons;

import dev.interleave.engine.TracedThread;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A main thread makes its own threads and starts them: workers, a watcher that polls whether worker-1 is still
 * alive, and a daemon heartbeat that never ends by itself. Main then joins the workers one by one, in order.
 * When main and the other non-daemon threads are done, the run stops the daemon, as the JVM (and Python at
 * exit) does. Every thread says its name and id.
 */
public final class L10_Thread_JoinAndDaemon extends Scenario {
    static final Parameter.Count WORKERS = new Parameter.Count("workers", 2, 1, 5);

    public L10_Thread_JoinAndDaemon() {
        super("join-and-daemon", Topic.THREADS, List.of(WORKERS), List.of(
                Outcome.acceptable("joined"),
                Outcome.interesting("missed-it")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        SharedInt beats = lesson.sharedInt("heartbeats", 0);
        AtomicBoolean sawItRunning = new AtomicBoolean();

        lesson.thread("main", () -> {
            hello(lesson);
            List<TracedThread> workers = new ArrayList<>();
            for (int i = 1; i <= lesson.param(WORKERS); i++) {
                workers.add(lesson.thread("worker-" + i, () -> {   // made now, started below
                    hello(lesson);
                    lesson.sleep(1 + lesson.random().nextInt(3));   // its work
                }));
            }
            TracedThread first = workers.getFirst();
            TracedThread watcher = lesson.thread("watcher", () -> sawItRunning.set(watch(lesson, first)));
            TracedThread heartbeat = lesson.daemon("heartbeat", () -> beat(lesson, beats));

            heartbeat.start();
            for (TracedThread w : workers) {
                w.start();
            }
            watcher.start();
            for (TracedThread w : workers) {
                w.join();                                         // waits until w has ended
                lesson.note("join-and-daemon.note.joined", w.name());
            }
            watcher.join();
            lesson.note("join-and-daemon.note.main-done");        // the heartbeat still runs: nobody joins a daemon
        });

        return ending -> outcome(sawItRunning.get() ? "joined" : "missed-it");
    }

    /** Says which thread this is: its name and the JVM's id for it. */
    private static void hello(Lesson lesson) {
        Thread me = Thread.currentThread();
        lesson.note("join-and-daemon.note.hello", me.getName(), me.threadId());
    }

    /** Polls {@code worker} until it has ended; returns whether it was still running at the first look. */
    private static boolean watch(Lesson lesson, TracedThread worker) {
        hello(lesson);
        boolean running = worker.isAlive();
        boolean runningAtFirst = running;
        lesson.note("join-and-daemon.note.alive", worker.name(), running);
        while (running) {
            lesson.sleep(1);
            running = worker.isAlive();
        }
        if (runningAtFirst) { // a first look that found it ended has said so already
            lesson.note("join-and-daemon.note.alive", worker.name(), false);
        }
        return runningAtFirst;
    }

    /** A daemon's endless loop: it ends only when the run stops it. */
    private static void beat(Lesson lesson, SharedInt beats) {
        hello(lesson);
        while (true) {
            int n = beats.get();
            beats.set(n + 1);
            lesson.sleep(1);
        }
    }
}
