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
    /**
     * Parties that arrived in this generation, counted by the arrivals themselves under {@code this}. The
     * barrier's own {@code getNumberWaiting()} cannot say whether an arrival is the last one: an earlier party
     * may have recorded its arrival (and, in step mode, handed on the baton) but not yet entered
     * {@code await}.
     */
    private int arrivedThisGeneration;

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
        if (barrier.isBroken()) {
            // CyclicBarrier.await on a broken barrier throws at once: the thread neither arrives nor waits
            // (recorded as an arrival and a wait, the log told of a runner waiting at a barrier already broken).
            recording().barrierBroken(meId, id, false);
            throw new BrokenBarrierException();
        }
        int arrivedGeneration = generation;
        recording().barrierArrived(meId, id);
        boolean timed = nanos >= 0;
        // The last party trips the barrier without waiting, so it keeps the baton: it records the trip before
        // anyone else moves (and a scripted schedule is not settled while the trip is still to come).
        boolean last = arriveAndCheckLast();
        if (!last) {
            recording().stateChanged(meId, timed ? Thread.State.TIMED_WAITING : Thread.State.WAITING, id);
        }
        if (last) {
            awaitOthersInside();
        } else if (me != null) {
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
            forgetArrivals();
            recording().barrierBroken(meId, id, false);
            throw e;
        } catch (TimeoutException e) {
            forgetArrivals();
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

    /** Counts this arrival; true when it completes the generation (and so trips the barrier). */
    private synchronized boolean arriveAndCheckLast() {
        arrivedThisGeneration++;
        if (arrivedThisGeneration < barrier.getParties()) {
            return false;
        }
        arrivedThisGeneration = 0;
        return true;
    }

    /**
     * The parties counted before this one have recorded their arrival but may not have entered the real
     * {@code await} yet; waiting for them makes this thread the one that trips the barrier, as recorded. The
     * gap is a few instructions wide, so a yield loop suffices; a break (a timeout or a reset) ends it too.
     */
    private void awaitOthersInside() {
        int others = barrier.getParties() - 1;
        while (barrier.getNumberWaiting() < others && !barrier.isBroken()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RunCancelledException();
            }
            Thread.yield();
        }
    }

    /** A broken barrier lets every waiter go; later arrivals fail at once and count from nothing. */
    private synchronized void forgetArrivals() {
        arrivedThisGeneration = 0;
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
