package dev.interleave.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recorded event streams in, world state out. */
class ReducerTest {
    private final Recording r = new Recording();

    private WorldState reduce() {
        WorldState w = new WorldState();
        Reducer.advance(w, r, r.size());
        return w;
    }

    private void twoThreadsAndALock() {
        r.objectCreated(0, 0, ObjectKind.LOCK, "account", 0, -1);
        r.threadCreated(1, "T1", false, false, 0);
        r.threadCreated(2, "T2", false, false, 0);
        r.threadStarted(1, 0);
        r.threadStarted(2, 0);
    }

    private void t1HoldsTheLockAndT2AsksForIt() {
        twoThreadsAndALock();
        r.lockRequested(1, 0);
        r.lockAcquired(1, 0, 1);
        r.lockRequested(2, 0);
    }

    @Test
    void aThreadAskingForAHeldLockIsBlockedInTheEntryQueueUntilItIsHandedOver() {
        twoThreadsAndALock();
        r.stepPending(1, Op.LOCK, 0, 12);
        r.lockRequested(1, 0);
        r.lockAcquired(1, 0, 1);
        r.stepPending(2, Op.LOCK, 0, 12);
        r.lockRequested(2, 0);

        WorldState w = reduce();
        assertThat(w.thread(1).state()).isEqualTo(Thread.State.RUNNABLE);
        assertThat(w.thread(1).locksHeld()).containsExactly(0);
        assertThat(w.thread(2).state()).isEqualTo(Thread.State.BLOCKED);
        assertThat(w.thread(2).waitingOn()).isEqualTo(0);
        assertThat(w.thread(2).line()).isEqualTo(12);
        assertThat(w.thread(2).activeOp()).isEqualTo(Op.LOCK);
        ObjectModel.Lock lock = w.object(0, ObjectModel.Lock.class);
        assertThat(lock.owner()).isEqualTo(1);
        assertThat(lock.entryQueue()).containsExactly(2);

        r.lockReleased(1, 0, 0);
        r.lockAcquired(2, 0, 1);
        w = reduce();
        assertThat(w.thread(1).locksHeld()).isEmpty();
        assertThat(w.thread(2).state()).isEqualTo(Thread.State.RUNNABLE);
        assertThat(w.object(0, ObjectModel.Lock.class).owner()).isEqualTo(2);
        assertThat(w.object(0, ObjectModel.Lock.class).entryQueue()).isEmpty();
    }

    @Test
    void aRepeatedRequestQueuesTheThreadOnce() {
        t1HoldsTheLockAndT2AsksForIt();
        r.lockRequested(2, 0); // a hand-made or damaged recording; a real thread cannot ask twice

        assertThat(reduce().object(0, ObjectModel.Lock.class).entryQueue()).containsExactly(2);
    }

    @Test
    void aPendingStepShowsUntilTheThreadActs() {
        twoThreadsAndALock();
        r.objectCreated(0, 1, ObjectKind.INT_VARIABLE, "balance", 100, -1);
        r.stepPending(1, Op.WRITE, 1, 20);
        WorldState before = reduce();
        assertThat(before.thread(1).pendingOp()).isEqualTo(Op.WRITE);
        assertThat(before.thread(1).atStepPoint()).isTrue();

        r.valueWritten(1, 1, -25);
        WorldState after = reduce();
        assertThat(after.thread(1).pendingOp()).isNull();
        ObjectModel.Variable balance = after.object(1, ObjectModel.Variable.class);
        assertThat(balance.value()).isEqualTo(-25);
        assertThat(balance.lastWriter()).isEqualTo(1);
        assertThat(balance.lastWriteSeq()).isEqualTo(after.applied() - 1);
    }

    @Test
    void waitingOnAConditionGivesTheLockUpAndNotifyMovesTheLongestWaiterToTheEntryQueue() {
        twoThreadsAndALock();
        r.objectCreated(0, 1, ObjectKind.CONDITION, "ready", 0, 0);
        r.lockRequested(1, 0);
        r.lockAcquired(1, 0, 2);
        r.waitStarted(1, 1, false);
        WorldState waiting = reduce();
        assertThat(waiting.object(0, ObjectModel.Lock.class).owner()).isEqualTo(-1);
        assertThat(waiting.object(0, ObjectModel.Lock.class).conditions()).containsExactly(1);
        assertThat(waiting.object(1, ObjectModel.Condition.class).waitSet()).containsExactly(1);
        assertThat(waiting.thread(1).state()).isEqualTo(Thread.State.WAITING);

        r.lockRequested(2, 0);
        r.lockAcquired(2, 0, 1);
        r.notified(2, 1, false, 1);
        WorldState notified = reduce();
        assertThat(notified.object(1, ObjectModel.Condition.class).waitSet()).isEmpty();
        assertThat(notified.object(0, ObjectModel.Lock.class).entryQueue()).containsExactly(1);
        assertThat(notified.thread(1).state()).isEqualTo(Thread.State.BLOCKED);

        r.lockReleased(2, 0, 0);
        r.waitEnded(1, 1, false);
        WorldState woken = reduce();
        assertThat(woken.object(0, ObjectModel.Lock.class).owner()).isEqualTo(1);
        assertThat(woken.object(0, ObjectModel.Lock.class).hold()).isEqualTo(2); // the hold count comes back
        assertThat(woken.thread(1).state()).isEqualTo(Thread.State.RUNNABLE);
    }

    @Test
    void queuesSemaphoresBarriersAndLatchesKeepTheirCounts() {
        twoThreadsAndALock();
        r.objectCreated(0, 1, ObjectKind.QUEUE, "tasks", 2, -1);
        r.objectCreated(0, 2, ObjectKind.SEMAPHORE, "pool", 1, -1);
        r.objectCreated(0, 3, ObjectKind.BARRIER, "meet", 2, -1);
        r.objectCreated(0, 4, ObjectKind.LATCH, "done", 1, -1);
        r.stepPending(2, Op.TAKE, 1, 5);
        r.stateChanged(2, Thread.State.WAITING, 1);
        WorldState empty = reduce();
        assertThat(empty.object(1, ObjectModel.Queue.class).waitingToTake()).containsExactly(2);

        r.itemPut(1, 1, "task 1", 1);
        r.itemTaken(2, 1, "task 1", 0);
        r.permitsAcquired(1, 2, 1);
        r.stateChanged(2, Thread.State.WAITING, 2);
        r.barrierArrived(1, 3);
        WorldState mid = reduce();
        assertThat(mid.object(1, ObjectModel.Queue.class).items()).isEmpty();
        assertThat(mid.object(1, ObjectModel.Queue.class).waitingToTake()).isEmpty();
        assertThat(mid.object(2, ObjectModel.Semaphore.class).available()).isZero();
        assertThat(mid.object(2, ObjectModel.Semaphore.class).waiters()).containsExactly(2);
        assertThat(mid.object(2, ObjectModel.Semaphore.class).held()).containsEntry(1, 1);
        assertThat(mid.object(3, ObjectModel.Barrier.class).arrived()).containsExactly(1);

        r.permitsReleased(1, 2, 1);
        r.permitsAcquired(2, 2, 1);
        r.barrierArrived(2, 3);
        r.barrierTripped(2, 3, 1);
        r.latchCountedDown(2, 4, 0);
        WorldState end = reduce();
        assertThat(end.object(2, ObjectModel.Semaphore.class).held()).containsOnlyKeys(2);
        assertThat(end.object(3, ObjectModel.Barrier.class).generation()).isEqualTo(1);
        assertThat(end.object(3, ObjectModel.Barrier.class).arrived()).isEmpty();
        assertThat(end.object(4, ObjectModel.Latch.class).count()).isZero();
    }

    @Test
    void aTerminatedThreadLeavesEveryQueueAndKeepsItsException() {
        t1HoldsTheLockAndT2AsksForIt();
        r.threadTerminated(2, "dev.interleave.engine.RunCancelledException", "the run was reset");
        r.deadlockDetected(1, List.of(1, 2), List.of(0, 0), true);
        WorldState w = reduce();
        assertThat(w.thread(2).state()).isEqualTo(Thread.State.TERMINATED);
        assertThat(w.thread(2).exception()).endsWith("RunCancelledException");
        assertThat(w.object(0, ObjectModel.Lock.class).entryQueue()).isEmpty();
        assertThat(w.deadlock().threads()).containsExactly(1, 2);
    }

    @Test
    void historyGivesTheSameStateAtAnyPointAsReducingFromTheStart() {
        twoThreadsAndALock();
        r.objectCreated(0, 1, ObjectKind.INT_VARIABLE, "x", 0, -1);
        for (int i = 0; i < 1000; i++) {
            r.valueWritten(1 + i % 2, 1, i);
        }
        History history = new History(r, 64);
        history.advance(Integer.MAX_VALUE);
        for (long n : new long[] {0, 1, 6, 7, 63, 64, 65, 500, 1006}) {
            WorldState fromStart = new WorldState();
            Reducer.advance(fromStart, r, n);
            WorldState jumped = history.stateAt(n);
            assertThat(jumped.applied()).isEqualTo(n);
            ObjectModel.Variable a = fromStart.object(1, ObjectModel.Variable.class);
            ObjectModel.Variable b = jumped.object(1, ObjectModel.Variable.class);
            assertThat(b == null ? null : b.value()).isEqualTo(a == null ? null : a.value());
        }
    }

    @Test
    void threadsAreCountedPerStateAndVirtualOnesApartWithTheCarrierTheyRanOn() {
        r.threadCreated(1, "main", false, false, 0);
        r.threadCreated(2, "v-1", true, true, 1);
        r.threadCreated(3, "v-2", true, true, 1);
        WorldState created = reduce();
        assertThat(created.threadCount(Thread.State.NEW)).isEqualTo(3);
        assertThat(created.virtualThreadCount(Thread.State.NEW)).isEqualTo(2);

        r.threadStarted(1, 0);
        r.threadStarted(2, 1);
        r.threadStarted(3, 1);
        r.stepPending(2, Op.SLEEP, -1, -1, "ForkJoinPool-1-worker-1");
        r.sleepStarted(2, 10);
        r.stepPending(3, Op.SLEEP, -1, -1, "ForkJoinPool-1-worker-2");
        r.threadTerminated(3, null, null);

        WorldState w = reduce();
        assertThat(w.threadCount()).isEqualTo(3);
        assertThat(w.threadCount(Thread.State.RUNNABLE)).isEqualTo(1);
        assertThat(w.threadCount(Thread.State.TIMED_WAITING)).isEqualTo(1);
        assertThat(w.threadCount(Thread.State.TERMINATED)).isEqualTo(1);
        assertThat(w.virtualThreadCount(Thread.State.RUNNABLE)).isZero();
        assertThat(w.virtualThreadCount(Thread.State.TIMED_WAITING)).isEqualTo(1);
        assertThat(w.thread(2).carrier()).isEqualTo("ForkJoinPool-1-worker-1");
        assertThat(w.thread(1).carrier()).isNull();
        assertThat(w.carriers()).containsExactly("ForkJoinPool-1-worker-1", "ForkJoinPool-1-worker-2");
    }

    @Test
    void aCopySharesModelsButNeverSeesTheOriginalMoveOnNorTheOtherWay() {
        twoThreadsAndALock();
        r.objectCreated(0, 1, ObjectKind.INT_VARIABLE, "x", 0, -1);
        WorldState original = reduce();
        WorldState copy = original.copy();
        assertThat(copy.thread(1)).isSameAs(original.thread(1)); // shared until one of them changes it

        Reducer.apply(original, new Event.LockRequested(original.applied(), 0, 1, 0));
        Reducer.apply(original, new Event.LockAcquired(original.applied(), 0, 1, 0, 1));
        Reducer.apply(copy, new Event.ValueWritten(copy.applied(), 0, 2, 1, 42));

        assertThat(original.object(0, ObjectModel.Lock.class).owner()).isEqualTo(1);
        assertThat(copy.object(0, ObjectModel.Lock.class).owner()).isEqualTo(Event.NONE);
        assertThat(original.thread(1).locksHeld()).containsExactly(0);
        assertThat(copy.thread(1).locksHeld()).isEmpty();
        assertThat(copy.object(1, ObjectModel.Variable.class).value()).isEqualTo(42);
        assertThat(original.object(1, ObjectModel.Variable.class).value()).isZero();
        assertThat(original.thread(2).lastSeq()).isEqualTo(4);
        assertThat(copy.thread(2).lastSeq()).isEqualTo(6);
    }

    @Test
    void withThousandsOfThreadsSnapshotsAreSpacedByThreadsAndJumpsStillGiveTheExactState() {
        int threads = 3_000;
        r.objectCreated(0, 0, ObjectKind.INT_VARIABLE, "x", 0, -1);
        for (int t = 1; t <= threads; t++) {
            r.threadCreated(t, "v-" + t, true, true, 0);
            r.threadStarted(t, 0);
        }
        for (int i = 0; i < 60_000; i++) {
            int t = 1 + i % threads;
            r.valueWritten(t, 0, i);
            if (i % 7 == 0) {
                r.sleepStarted(t, 1);
            } else if (i % 7 == 1) {
                r.sleepEnded(1 + (i - 1) % threads);
            }
        }
        History history = new History(r, 64);
        history.advance(Integer.MAX_VALUE);

        // spaced by the threads (5 events each: 15,000 here), not by the interval of 64: about 1,000 otherwise
        assertThat(history.snapshotCount()).isLessThan((int) (r.size() / 64 / 50));
        for (long n : new long[] {0, 5, 6_001, 16_000, 40_123, r.size() - 1, r.size()}) {
            WorldState fromStart = new WorldState();
            Reducer.advance(fromStart, r, n);
            WorldState jumped = history.stateAt(n);
            assertThat(jumped.applied()).isEqualTo(n);
            for (Thread.State state : Thread.State.values()) {
                assertThat(jumped.threadCount(state)).as("%s at %d", state, n).isEqualTo(fromStart.threadCount(state));
            }
            ObjectModel.Variable a = fromStart.object(0, ObjectModel.Variable.class);
            ObjectModel.Variable b = jumped.object(0, ObjectModel.Variable.class);
            assertThat(b == null ? null : b.value()).isEqualTo(a == null ? null : a.value());
        }
    }
}
