package dev.interleave.engine.sync;

import dev.interleave.engine.Run;
import dev.interleave.trace.ObjectKind;

import java.time.Duration;

/**
 * The equivalent of an object's intrinsic monitor: {@code synchronized}, {@code wait}, {@code notify},
 * {@code notifyAll}, with one wait set that is the monitor itself.
 *
 * <p>Built on a {@link java.util.concurrent.locks.ReentrantLock} and one condition rather than on
 * {@code synchronized}, because a thread blocked entering {@code synchronized} cannot be interrupted, and a
 * reset must always end every thread. One visible difference follows: blocked on entry, the JVM reports the
 * thread WAITING (parked), where a real {@code synchronized} shows BLOCKED. And where the JVM may wake any
 * waiter on {@code notify}, this one wakes the longest-waiting, so that runs replay.
 */
public final class TracedMonitor extends TracedLock {
    private final WaitSet waitSet;

    public TracedMonitor(Run run, String name) {
        super(run, ObjectKind.MONITOR, name);
        this.waitSet = new WaitSet(run, this, id);
    }

    /** Runs {@code body} inside the monitor: a {@code synchronized} block. */
    public void synchronize(Runnable body) {
        locked(body);
    }

    /** {@code wait()}: gives up the monitor and waits to be notified. A step point. */
    public void await() {
        waitSet.await();
    }

    /** {@code wait(timeout)}; false if it timed out. */
    public boolean await(Duration timeout) {
        return waitSet.await(timeout);
    }

    /** {@code notify()}: wakes the longest-waiting thread. A step point. */
    public void notifyOne() {
        waitSet.signal();
    }

    /** {@code notifyAll()}. A step point. */
    public void notifyAllWaiters() {
        waitSet.signalAll();
    }
}
