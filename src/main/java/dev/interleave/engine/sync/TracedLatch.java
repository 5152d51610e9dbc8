package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedObject;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.util.concurrent.CountDownLatch;

/** A traced {@link CountDownLatch}: a count-down is recorded before the real one, so waiters pass after it. */
public final class TracedLatch extends TracedObject implements Blocker {
    private final CountDownLatch latch;

    public TracedLatch(Run run, String name, int count) {
        super(run, ObjectKind.LATCH, name, count, -1);
        this.latch = new CountDownLatch(count);
    }

    /** Counts down by one; a step point. */
    public void countDown() {
        int me = Run.idOf(step(Op.COUNT_DOWN));
        synchronized (this) { // so that concurrent count-downs record the counts they really leave
            recording().latchCountedDown(me, id, Math.max(0, latch.getCount() - 1));
            latch.countDown();
        }
    }

    /** Waits until the count reaches zero; a step point. */
    public void await() {
        TracedThread me = step(Op.LATCH_AWAIT);
        int meId = Run.idOf(me);
        if (latch.getCount() > 0) {
            recording().stateChanged(meId, Thread.State.WAITING, id);
            if (me != null) {
                me.blockOn(this);
            }
            try {
                latch.await();
            } catch (InterruptedException e) {
                throw new RunCancelledException();
            } finally {
                if (me != null) {
                    me.running();
                }
            }
        }
        recording().latchPassed(meId, id);
    }

    public long count() {
        return latch.getCount();
    }

    @Override
    public int objectId() {
        return id;
    }

    @Override
    public boolean stillBlocks(TracedThread thread) {
        return latch.getCount() > 0;
    }
}
