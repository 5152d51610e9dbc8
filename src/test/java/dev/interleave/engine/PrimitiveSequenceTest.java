package dev.interleave.engine;

import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedBarrier;
import dev.interleave.engine.sync.TracedCondition;
import dev.interleave.engine.sync.TracedLatch;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedMonitor;
import dev.interleave.engine.sync.TracedQueue;
import dev.interleave.engine.sync.TracedSemaphore;
import dev.interleave.engine.sync.TracedSignal;
import dev.interleave.testing.EventText;
import dev.interleave.testing.TestScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact event sequences of the traced primitives under scripted step schedules. Each test lets the run settle
 * first (threads reach their first step point in any order), then checks every event after that, in order:
 * in step mode one thread moves at a time, so the sequence is the same on every run.
 */
class PrimitiveSequenceTest {
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Set<String> CREATION = Set.of("ObjectCreated", "ThreadCreated");
    private Run run;

    @AfterEach
    void stop() {
        if (run != null) {
            assertThat(run.reset()).isEmpty();
        }
    }

    /** Starts {@code setup} in step mode and returns how many events came before every thread settled. */
    private long start(TestScript.Setup setup) {
        run = new Run(RunOptions.interactive(Gate.Mode.STEP).withCaptureLines(false));
        run.start(TestScript.of(setup));
        assertThat(run.awaitSettled(SETTLE)).isTrue();
        return run.recording().size();
    }

    private List<String> eventsFrom(long from) {
        List<String> all = EventText.of(run.recording(), CREATION);
        int skip = (int) (from - createdCount());
        return all.subList(skip, all.size());
    }

    private long createdCount() {
        return EventText.of(run.recording()).stream()
                .filter(line -> line.contains(" ObjectCreated") || line.contains(" ThreadCreated")).count();
    }

    private void follow(String... threads) {
        Schedule.Result result = Schedule.of(threads).follow(run, SETTLE);
        assertThat(result.complete()).as("refused: %s %s", result.refusedThread(), result.refusal()).isTrue();
    }

    @Test
    void aContendedLockHandsOverInOrder() throws Exception {
        long from = start(r -> {
            TracedLock lock = new TracedLock(r, "account");
            SharedInt done = new SharedInt(r, "done", 0);
            r.newThread("A", false, false, () -> {
                lock.lock();
                lock.unlock();
                done.set(1);
            });
            r.newThread("B", false, false, () -> {
                lock.lock();
                lock.unlock();
            });
        });

        follow("A", "B", "A", "B", "A");

        assertThat(eventsFrom(from)).containsExactly(
                "A LockRequested lock=account",
                "A LockAcquired lock=account hold=1",
                "A StepPending op=UNLOCK target=account line=-1",
                "B LockRequested lock=account",
                "A LockReleased lock=account hold=0",
                "A StepPending op=WRITE target=done line=-1",
                "B LockAcquired lock=account hold=1",
                "B StepPending op=UNLOCK target=account line=-1",
                "B LockReleased lock=account hold=0",
                "B ThreadTerminated exception=null message=null",
                "A ValueWritten variable=done value=1",
                "A ThreadTerminated exception=null message=null",
                "run OutcomeReached outcome=0");
        assertThat(run.awaitEnd(SETTLE)).isTrue();
    }

    @Test
    void aReentrantLockCountsItsHolds() {
        long from = start(r -> {
            TracedLock lock = new TracedLock(r, "rlock");
            r.newThread("A", false, false, () -> {
                lock.lock();
                lock.lock();
                lock.unlock();
                lock.unlock();
            });
        });

        follow("A", "A", "A", "A");

        assertThat(eventsFrom(from)).filteredOn(line -> line.contains("Lock")).containsExactly(
                "A LockRequested lock=rlock",
                "A LockAcquired lock=rlock hold=1",
                "A LockRequested lock=rlock",
                "A LockAcquired lock=rlock hold=2",
                "A LockReleased lock=rlock hold=1",
                "A LockReleased lock=rlock hold=0");
    }

    @Test
    void conditionWaitReleasesTheLockAndNotifyWakesTheLongestWaiting() {
        long from = start(r -> {
            TracedLock lock = new TracedLock(r, "lock");
            TracedCondition ready = lock.newCondition("ready");
            for (String name : List.of("W1", "W2")) {
                r.newThread(name, false, false, () -> {
                    lock.lock();
                    ready.await();
                    lock.unlock();
                });
            }
            r.newThread("N", false, false, () -> {
                lock.lock();
                ready.signal();
                lock.unlock();
            });
        });

        follow("W1", "W1", "W2", "W2", "N", "N", "N", "W1");

        // W2 waits forever: the run may already have found that (a stall, recorded by "run"), or not yet.
        assertThat(eventsFrom(from)).filteredOn(line -> !line.contains("StepPending") && !line.startsWith("run "))
                .containsExactly(
                "W1 LockRequested lock=lock",
                "W1 LockAcquired lock=lock hold=1",
                "W1 WaitStarted condition=ready timed=false",
                "W2 LockRequested lock=lock",
                "W2 LockAcquired lock=lock hold=1",
                "W2 WaitStarted condition=ready timed=false",
                "N LockRequested lock=lock",
                "N LockAcquired lock=lock hold=1",
                "N Notified condition=ready all=false woken=1",
                "N LockReleased lock=lock hold=0",
                "N ThreadTerminated exception=null message=null",
                "W1 WaitEnded condition=ready timedOut=false",
                "W1 LockReleased lock=lock hold=0",
                "W1 ThreadTerminated exception=null message=null");
        assertThat(run.thread(2).status()).isEqualTo(ThreadStatus.BLOCKED); // W2 still waits
    }

    @Test
    void aMonitorIsItsOwnWaitSet() {
        long from = start(r -> {
            TracedMonitor box = new TracedMonitor(r, "box");
            r.newThread("W", false, false, () -> box.synchronize(box::await));
            r.newThread("N", false, false, () -> box.synchronize(box::notifyAllWaiters));
        });

        follow("W", "W", "N", "N", "N", "W");

        assertThat(eventsFrom(from)).filteredOn(line -> line.contains("Wait") || line.contains("Notified"))
                .containsExactly(
                        "W WaitStarted condition=box timed=false",
                        "N Notified condition=box all=true woken=1",
                        "W WaitEnded condition=box timedOut=false");
    }

    @Test
    void aSemaphoreMakesTheThirdThreadWait() {
        long from = start(r -> {
            TracedSemaphore pool = new TracedSemaphore(r, "pool", 2, false);
            for (String name : List.of("A", "B", "C")) {
                r.newThread(name, false, false, () -> {
                    pool.acquire();
                    pool.release();
                });
            }
        });

        follow("A", "B", "C", "A", "C");

        assertThat(eventsFrom(from)).filteredOn(line -> !line.contains("StepPending")).containsExactly(
                "A PermitsAcquired semaphore=pool permits=1",
                "B PermitsAcquired semaphore=pool permits=1",
                "C StateChanged state=WAITING object=pool",
                "A PermitsReleased semaphore=pool permits=1",
                "A ThreadTerminated exception=null message=null",
                "C PermitsAcquired semaphore=pool permits=1",
                "C PermitsReleased semaphore=pool permits=1",
                "C ThreadTerminated exception=null message=null");
    }

    @Test
    void aBoundedSemaphoreRefusesAnExtraRelease() {
        long from = start(r -> {
            TracedSemaphore pool = new TracedSemaphore(r, "pool", 1, true);
            r.newThread("A", false, false, () -> {
                pool.acquire();
                pool.release();
                pool.release();
            });
        });

        follow("A", "A", "A");

        assertThat(eventsFrom(from)).filteredOn(line -> !line.contains("StepPending")).containsExactly(
                "A PermitsAcquired semaphore=pool permits=1",
                "A PermitsReleased semaphore=pool permits=1",
                "A ReleaseRefused semaphore=pool",
                "A ThreadTerminated exception=dev.interleave.engine.sync.OverReleaseException"
                        + " message=pool released beyond its 1 permits",
                "run OutcomeReached outcome=0");
    }

    @Test
    void aBoundedQueueBlocksTheProducerWhenFullAndTheConsumerWhenEmpty() {
        long from = start(r -> {
            TracedQueue<String> q = new TracedQueue<>(r, "tasks", 1);
            r.newThread("P", false, false, () -> {
                q.put("a");
                q.put("b");
            });
            r.newThread("C", false, false, () -> {
                q.take();
                q.take();
                q.take();
            });
        });

        follow("P", "P", "C", "C", "C");

        assertThat(eventsFrom(from)).filteredOn(line -> !line.contains("StepPending")).containsExactly(
                "P ItemPut queue=tasks item=a size=1",
                "P StateChanged state=WAITING object=tasks",
                "C ItemTaken queue=tasks item=a size=0",
                "P ItemPut queue=tasks item=b size=1",
                "P ThreadTerminated exception=null message=null",
                "C ItemTaken queue=tasks item=b size=0",
                "C StateChanged state=WAITING object=tasks");
    }

    @Test
    void aBarrierTripsWhenTheLastPartyArrives() {
        long from = start(r -> {
            TracedBarrier b = new TracedBarrier(r, "meet", 2, null);
            for (String name : List.of("A", "B")) {
                r.newThread(name, false, false, b::await);
            }
        });

        follow("A", "B");

        List<String> events = eventsFrom(from).stream().filter(line -> !line.contains("StepPending")).toList();
        assertThat(events.subList(0, 4)).containsExactly(
                "A BarrierArrived barrier=meet",
                "A StateChanged state=WAITING object=meet",
                "B BarrierArrived barrier=meet",
                "B BarrierTripped barrier=meet generation=1");
        assertThat(events).contains("A BarrierPassed barrier=meet generation=1",
                "B BarrierPassed barrier=meet generation=1");
    }

    @Test
    void aSignalLetsEveryWaiterThroughAndALatchOpensAtZero() {
        long from = start(r -> {
            TracedSignal go = new TracedSignal(r, "go");
            TracedLatch done = new TracedLatch(r, "done", 1);
            r.newThread("W", false, false, () -> {
                go.await();
                done.countDown();
            });
            r.newThread("S", false, false, () -> {
                go.set();
                done.await();
            });
        });

        follow("W", "S", "S", "W");

        assertThat(eventsFrom(from)).filteredOn(line -> !line.contains("StepPending")).containsExactly(
                "W StateChanged state=WAITING object=go",
                "S SignalSet signal=go",
                "W SignalPassed signal=go timedOut=false",
                "S StateChanged state=WAITING object=done",
                "W LatchCountedDown latch=done remaining=0",
                "W ThreadTerminated exception=null message=null",
                "S LatchPassed latch=done",
                "S ThreadTerminated exception=null message=null",
                "run OutcomeReached outcome=0");
    }

    @Test
    void locksTakenInOppositeOrdersAreFoundAsACycle() throws Exception {
        start(r -> {
            TracedLock left = new TracedLock(r, "left");
            TracedLock right = new TracedLock(r, "right");
            r.newThread("A", false, false, () -> {
                left.lock();
                right.lock();
            });
            r.newThread("B", false, false, () -> {
                right.lock();
                left.lock();
            });
        });

        follow("A", "B", "A", "B");

        assertThat(run.awaitEnd(SETTLE)).isTrue();
        assertThat(run.ending()).isEqualTo(Ending.DEADLOCK);
        assertThat(EventText.of(run.recording())).contains("B DeadlockDetected threads=[2, 1] objects=[0, 1] cycle=true");
    }

    @Test
    void aThreadThatWaitsForeverOnItselfIsFoundAsAStall() throws Exception {
        start(r -> {
            TracedSemaphore mutex = new TracedSemaphore(r, "mutex", 1, false);
            r.newThread("A", false, false, () -> {
                mutex.acquire();
                mutex.acquire(); // not reentrant: waits for itself
            });
        });

        follow("A", "A");

        assertThat(run.awaitEnd(SETTLE)).isTrue();
        assertThat(run.ending()).isEqualTo(Ending.DEADLOCK);
        assertThat(EventText.of(run.recording())).contains("run DeadlockDetected threads=[1] objects=[0] cycle=false");
    }

    @Test
    void aGrantIsRefusedWithTheReason() {
        start(r -> {
            TracedLock lock = new TracedLock(r, "lock");
            r.newThread("A", false, false, () -> {
                lock.lock();
                lock.unlock();
            });
            r.newThread("B", false, false, lock::lock);
        });
        follow("A", "B");

        TracedThread b = run.threadNamed("B");
        assertThat(run.gate().grant(b)).isEqualTo(new GrantResult(GrantResult.Refusal.BLOCKED, 0));
        run.gate().setMode(Gate.Mode.PAUSED);
        assertThat(run.gate().grant(run.threadNamed("A")).refusal()).isEqualTo(GrantResult.Refusal.NOT_STEP_MODE);
    }
}
