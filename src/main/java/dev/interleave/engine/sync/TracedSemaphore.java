package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedObject;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A traced {@link Semaphore}; bounded, it is Python's {@code BoundedSemaphore}: a release that would raise the
 * permits above the initial count is refused with {@link OverReleaseException}.
 *
 * <p>Releases are recorded before the real release, acquisitions after, so recorded permits never go below 0.
 */
public final class TracedSemaphore extends TracedObject implements Blocker {
    private final Semaphore semaphore;
    private final int initial;
    private final boolean bounded;
    /** How many permits each waiting thread asks for. */
    private final Map<TracedThread, Integer> wanted = new ConcurrentHashMap<>();

    public TracedSemaphore(Run run, String name, int permits, boolean bounded) {
        super(run, bounded ? ObjectKind.BOUNDED_SEMAPHORE : ObjectKind.SEMAPHORE, name, checked(permits), -1);
        this.semaphore = new Semaphore(permits);
        this.initial = permits;
        this.bounded = bounded;
    }

    private static int checked(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must not be negative: " + permits);
        }
        return permits;
    }

    public void acquire() {
        acquire(1);
    }

    /** Takes {@code permits}, waiting until there are enough; a step point. */
    public void acquire(int permits) {
        TracedThread me = step(Op.ACQUIRE);
        int meId = Run.idOf(me);
        if (!semaphore.tryAcquire(permits)) {
            recording().stateChanged(meId, Thread.State.WAITING, id);
            if (me != null) {
                wanted.put(me, permits);
                me.blockOn(this);
            }
            try {
                semaphore.acquire(permits);
            } catch (InterruptedException e) {
                throw new RunCancelledException();
            } finally {
                if (me != null) {
                    wanted.remove(me);
                    me.running();
                }
            }
        }
        recording().permitsAcquired(meId, id, permits);
    }

    /** Takes one permit if it gets one within {@code timeout}; a step point. */
    public boolean tryAcquire(Duration timeout) {
        TracedThread me = step(Op.ACQUIRE);
        int meId = Run.idOf(me);
        boolean got = semaphore.tryAcquire();
        if (!got) {
            recording().stateChanged(meId, Thread.State.TIMED_WAITING, id);
            if (me != null) {
                me.timedWait();
            }
            try {
                got = semaphore.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                throw new RunCancelledException();
            } finally {
                if (me != null) {
                    me.running();
                }
            }
        }
        if (got) {
            recording().permitsAcquired(meId, id, 1);
        } else {
            recording().stateChanged(meId, Thread.State.RUNNABLE, id);
        }
        return got;
    }

    public void release() {
        release(1);
    }

    /** Gives back {@code permits}; a step point. Bounded: refused beyond the initial count. */
    public void release(int permits) {
        int meId = Run.idOf(step(Op.RELEASE));
        synchronized (this) { // only to make the bound check and the release one step for other releasers
            if (bounded && semaphore.availablePermits() + permits > initial) {
                recording().releaseRefused(meId, id);
                throw new OverReleaseException(name(), initial);
            }
            recording().permitsReleased(meId, id, permits);
            semaphore.release(permits);
        }
    }

    @Override
    public int objectId() {
        return id;
    }

    @Override
    public boolean stillBlocks(TracedThread thread) {
        return semaphore.availablePermits() < wanted.getOrDefault(thread, 1);
    }
}
