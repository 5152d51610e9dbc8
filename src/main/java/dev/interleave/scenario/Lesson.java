package dev.interleave.scenario;

import dev.interleave.engine.LessonBody;
import dev.interleave.engine.Run;
import dev.interleave.engine.TracedThread;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.SharedLong;
import dev.interleave.engine.sync.SharedRef;
import dev.interleave.engine.sync.TracedBarrier;
import dev.interleave.engine.sync.TracedLatch;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedMonitor;
import dev.interleave.engine.sync.TracedQueue;
import dev.interleave.engine.sync.TracedSemaphore;
import dev.interleave.engine.sync.TracedSignal;

import java.util.SplittableRandom;

/**
 * What a lesson's code works with during one run: its parameter values, and factories for its traced threads
 * and objects. Made on the run's controller thread; its methods may be called from any thread of the run.
 */
public final class Lesson {
    private final Run run;
    private final ParameterValues values;

    Lesson(Run run, ParameterValues values) {
        this.run = run;
        this.values = values;
    }

    public Run run() {
        return run;
    }

    public <T> T param(Parameter<T> parameter) {
        return values.get(parameter);
    }

    // ---- threads ------------------------------------------------------------------------------------------

    /** A platform thread; made during setup, the run starts it. */
    public TracedThread thread(String name, LessonBody body) {
        return run.newThread(name, false, false, body);
    }

    /** A daemon thread: the run neither waits for it nor lets it outlive the others. */
    public TracedThread daemon(String name, LessonBody body) {
        return run.newThread(name, true, false, body);
    }

    /** A virtual thread (always a daemon, as in the JDK). */
    public TracedThread virtualThread(String name, LessonBody body) {
        return run.newThread(name, true, true, body);
    }

    /** {@code time.sleep}: a step point, then a real sleep. */
    public void sleep(long millis) {
        run.sleep(millis);
    }

    /** The calling thread's own random numbers, the same in every run with the same seed. */
    public SplittableRandom random() {
        return run.random();
    }

    /** A narration line for the event log: a key in the lesson bundle and its arguments. */
    public void note(String key, Object... args) {
        run.note(key, args);
    }

    // ---- objects -------------------------------------------------------------------------------------------

    public TracedLock lock(String name) {
        return new TracedLock(run, name);
    }

    public TracedMonitor monitor(String name) {
        return new TracedMonitor(run, name);
    }

    public TracedSemaphore semaphore(String name, int permits) {
        return new TracedSemaphore(run, name, permits, false);
    }

    public TracedSemaphore boundedSemaphore(String name, int permits) {
        return new TracedSemaphore(run, name, permits, true);
    }

    public TracedBarrier barrier(String name, int parties, Runnable action) {
        return new TracedBarrier(run, name, parties, action);
    }

    public TracedSignal signal(String name) {
        return new TracedSignal(run, name);
    }

    public TracedLatch latch(String name, int count) {
        return new TracedLatch(run, name, count);
    }

    public <T> TracedQueue<T> queue(String name, int capacity) {
        return new TracedQueue<>(run, name, capacity);
    }

    public SharedInt sharedInt(String name, int initial) {
        return new SharedInt(run, name, initial);
    }

    public SharedLong sharedLong(String name, long initial) {
        return new SharedLong(run, name, initial);
    }

    public <T> SharedRef<T> sharedRef(String name, T initial) {
        return new SharedRef<>(run, name, initial);
    }
}
