package dev.interleave.engine.sync;

import dev.interleave.engine.Blocker;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunCancelledException;
import dev.interleave.engine.TracedObject;
import dev.interleave.engine.TracedThread;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded blocking queue (Python's {@code queue.Queue(maxsize)}), built exactly as
 * {@link java.util.concurrent.ArrayBlockingQueue} is: one {@link ReentrantLock} with {@code notFull} and
 * {@code notEmpty} conditions around an array. Owning that lock lets every put and take be recorded in the
 * order it really happened, which wrapping an {@code ArrayBlockingQueue} could not guarantee.
 */
public final class TracedQueue<T> extends TracedObject implements Blocker {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<T> items;
    private final int capacity;
    private volatile int size;
    /** True for threads waiting to put, false for threads waiting to take. */
    private final Map<TracedThread, Boolean> waitingToPut = new ConcurrentHashMap<>();

    public TracedQueue(Run run, String name, int capacity) {
        super(run, ObjectKind.QUEUE, name, capacity, -1);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.items = new ArrayDeque<>(capacity);
    }

    /** Adds {@code item} at the tail, waiting while the queue is full; a step point. */
    public void put(T item) {
        TracedThread me = step(Op.PUT);
        int meId = Run.idOf(me);
        lockInterruptibly();
        try {
            if (items.size() == capacity) {
                waitWhile(me, meId, true, notFull);
            }
            items.addLast(item);
            size = items.size();
            recording().itemPut(meId, id, String.valueOf(item), size);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Removes the head, waiting while the queue is empty; a step point. */
    public T take() {
        TracedThread me = step(Op.TAKE);
        int meId = Run.idOf(me);
        lockInterruptibly();
        try {
            if (items.isEmpty()) {
                waitWhile(me, meId, false, notEmpty);
            }
            T item = items.removeFirst();
            size = items.size();
            recording().itemTaken(meId, id, String.valueOf(item), size);
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }

    private void waitWhile(TracedThread me, int meId, boolean putting, Condition condition) {
        recording().stateChanged(meId, Thread.State.WAITING, id);
        if (me != null) {
            waitingToPut.put(me, putting);
            me.blockOn(this);
        }
        try {
            while (putting ? items.size() == capacity : items.isEmpty()) {
                condition.await();
            }
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } finally {
            if (me != null) {
                waitingToPut.remove(me);
                me.running();
            }
        }
    }

    private void lockInterruptibly() {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        }
    }

    public int capacity() {
        return capacity;
    }

    /** The number of items now, without a step (for judging the outcome). */
    public int size() {
        return size;
    }

    @Override
    public int objectId() {
        return id;
    }

    @Override
    public boolean stillBlocks(TracedThread thread) {
        Boolean putting = waitingToPut.get(thread);
        if (putting == null) {
            return false;
        }
        return putting ? size == capacity : size == 0;
    }
}
