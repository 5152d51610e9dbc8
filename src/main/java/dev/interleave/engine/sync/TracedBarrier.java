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
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A traced {@link CyclicBarrier} (Python's {@code threading.Barrier}). The trip is recorded by the last party
 * to arrive, after the barrier action (if any) and before anyone is let go; a waiter's failure on a broken
 * barrier is recorded on its own thread, and it gets the JDK's own exception.
 */
public final class TracedBarrier extends TracedObject implements Blocker {
    private final CyclicBarrier barrier;
    /** How many times it tripped; written by the tripping thread inside the barrier. */
    private volatile int generation;
    /** The generation each waiting thread arrived in. */
    private final Map<TracedThread, Integer> arrivedIn = new ConcurrentHashMap<>();

    /** @param action run by the last party to arrive, before the others are released (may be null) */
    public TracedBarrier(Run run, String name, int parties, Runnable action) {
        super(run, ObjectKind.BARRIER, name, parties, -1);
        this.barrier = new CyclicBarrier(parties, () -> {
            if (action != null) {
                action.run();
            }
            generation++;
            recording().barrierTripped(run.currentId(), id, generation);
        });
    }

    /** Waits for all parties; a step point. Returns the generation that tripped. */
    public int await() throws BrokenBarrierException {
        try {
            return awaitNanos(-1);
        } catch (TimeoutException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** Waits at most {@code timeout} for all parties; a timeout breaks the barrier for everyone. */
    public int await(Duration timeout) throws BrokenBarrierException, TimeoutException {
        return awaitNanos(timeout.toNanos());
    }

    private int awaitNanos(long nanos) throws BrokenBarrierException, TimeoutException {
        TracedThread me = step(Op.BARRIER_AWAIT);
        int meId = Run.idOf(me);
        int arrivedGeneration = generation;
        recording().barrierArrived(meId, id);
        boolean timed = nanos >= 0;
        if (barrier.getNumberWaiting() + 1 < barrier.getParties()) {
            recording().stateChanged(meId, timed ? Thread.State.TIMED_WAITING : Thread.State.WAITING, id);
        }
        if (me != null) {
            arrivedIn.put(me, arrivedGeneration);
            if (timed) {
                me.timedWait();
            } else {
                me.blockOn(this);
            }
        }
        try {
            if (timed) {
                barrier.await(nanos, TimeUnit.NANOSECONDS);
            } else {
                barrier.await();
            }
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } catch (BrokenBarrierException e) {
            recording().barrierBroken(meId, id, false);
            throw e;
        } catch (TimeoutException e) {
            recording().barrierBroken(meId, id, true);
            throw e;
        } finally {
            if (me != null) {
                arrivedIn.remove(me);
                me.running();
            }
        }
        int tripped = arrivedGeneration + 1;
        recording().barrierPassed(meId, id, tripped);
        return tripped;
    }

    public int parties() {
        return barrier.getParties();
    }

    @Override
    public int objectId() {
        return id;
    }

    @Override
    public boolean stillBlocks(TracedThread thread) {
        Integer arrived = arrivedIn.get(thread);
        return arrived != null && arrived == generation && !barrier.isBroken();
    }
}
