package dev.interleave.trace;

import java.util.List;

/**
 * One thing that happened in a run. Every event carries a gap-free global sequence number ({@code seq}),
 * the time in nanoseconds since the run began ({@code nanos}) and the run-local id of the thread it happened
 * on ({@code thread}; 0 is the run's own controller, lesson threads count from 1).
 *
 * <p>Events are facts in ids and numbers, never display text: the UI turns them into words. Objects (locks,
 * queues, variables, ...) are named once by {@link ObjectCreated}; threads by {@link ThreadCreated}.
 *
 * <p>Events are stored in a {@link Recording} as primitive columns and materialised as these records on
 * read, so allocating them is the reader's cost, never the traced thread's.
 */
public sealed interface Event {

    long seq();

    long nanos();

    int thread();

    /** No object: used where an object id is optional. */
    int NONE = -1;

    // ---- threads -------------------------------------------------------------------------------------

    /** {@code thread} was created by {@code parent} (0 when the run created it). */
    record ThreadCreated(long seq, long nanos, int thread, String name, boolean daemon, boolean virtual,
                         int parent) implements Event {}

    /** {@code thread} was started by thread {@code by}. */
    record ThreadStarted(long seq, long nanos, int thread, int by) implements Event {}

    /** {@code thread} ended; {@code exception} is the class name of what it threw, or null if it returned. */
    record ThreadTerminated(long seq, long nanos, int thread, String exception, String message) implements Event {
        public boolean normally() {
            return exception == null;
        }
    }

    /**
     * {@code thread} is about to wait in a real primitive ({@code state} WAITING or TIMED_WAITING on
     * {@code object}), or is runnable again. Locks and conditions have their own events; this covers the rest.
     */
    record StateChanged(long seq, long nanos, int thread, Thread.State state, int object) implements Event {}

    /**
     * {@code thread} has reached a step point and will next perform {@code op} on {@code target} (an object
     * id, or a thread id for START / JOIN / IS_ALIVE) at source {@code line} (-1 when lines are not captured).
     * For a virtual thread, {@code carrier} names the platform thread it was mounted on at that moment, as
     * the JVM reports it ({@code Thread.toString()}); null for platform threads, or when the JVM did not say.
     */
    record StepPending(long seq, long nanos, int thread, Op op, int target, int line, String carrier)
            implements Event {
        /** A step point of a platform thread. */
        public StepPending(long seq, long nanos, int thread, Op op, int target, int line) {
            this(seq, nanos, thread, op, target, line, null);
        }
    }

    /** A lesson's own narration: a bundle key and its arguments (data, not words). */
    record Note(long seq, long nanos, int thread, String key, List<String> args) implements Event {}

    // ---- objects -------------------------------------------------------------------------------------

    /**
     * A traced object exists. {@code capacity} is the permits of a semaphore, the parties of a barrier, the
     * capacity of a queue, the count of a latch, the initial value of a numeric variable; 0 otherwise.
     * {@code parent} is the lock of a condition, else {@link #NONE}.
     */
    record ObjectCreated(long seq, long nanos, int thread, int object, ObjectKind kind, String name, long capacity,
                         int parent) implements Event {}

    // ---- locks and monitors --------------------------------------------------------------------------

    /** {@code thread} asks for {@code lock}; if another thread holds it, it joins the entry queue. */
    record LockRequested(long seq, long nanos, int thread, int lock) implements Event {}

    /** {@code thread} now owns {@code lock}, {@code hold} times (more than 1 when re-entered). */
    record LockAcquired(long seq, long nanos, int thread, int lock, int hold) implements Event {}

    /** {@code thread} released {@code lock} once; {@code hold} is what it still holds (0: free). */
    record LockReleased(long seq, long nanos, int thread, int lock, int hold) implements Event {}

    /** A {@code tryLock} with a timeout gave up: {@code thread} leaves the entry queue without the lock. */
    record LockTimedOut(long seq, long nanos, int thread, int lock) implements Event {}

    /**
     * {@code thread} waits on {@code condition} (a condition, or a monitor's own wait set), releasing its
     * lock entirely.
     */
    record WaitStarted(long seq, long nanos, int thread, int condition, boolean timed) implements Event {}

    /**
     * {@code thread} notified {@code condition}: the {@code woken} longest-waiting threads move from its wait
     * set to the lock's entry queue ({@code all}: notifyAll / signalAll).
     */
    record Notified(long seq, long nanos, int thread, int condition, boolean all, int woken) implements Event {}

    /** {@code thread} returned from waiting on {@code condition} and owns the lock again. */
    record WaitEnded(long seq, long nanos, int thread, int condition, boolean timedOut) implements Event {}

    // ---- semaphores ----------------------------------------------------------------------------------

    record PermitsAcquired(long seq, long nanos, int thread, int semaphore, int permits) implements Event {}

    record PermitsReleased(long seq, long nanos, int thread, int semaphore, int permits) implements Event {}

    /** A bounded semaphore refused a release beyond its initial permits (the thread gets an exception). */
    record ReleaseRefused(long seq, long nanos, int thread, int semaphore) implements Event {}

    // ---- barriers, signals, latches ------------------------------------------------------------------

    /** {@code thread} arrived at {@code barrier}. */
    record BarrierArrived(long seq, long nanos, int thread, int barrier) implements Event {}

    /** The last party arrived: {@code barrier} trips and starts {@code generation} (counting from 1). */
    record BarrierTripped(long seq, long nanos, int thread, int barrier, int generation) implements Event {}

    /** {@code thread} passed {@code barrier} after generation {@code generation} tripped. */
    record BarrierPassed(long seq, long nanos, int thread, int barrier, int generation) implements Event {}

    /**
     * {@code thread}'s wait at {@code barrier} failed because the barrier is broken; {@code byTimeout} is true
     * for the thread whose own timeout broke it.
     */
    record BarrierBroken(long seq, long nanos, int thread, int barrier, boolean byTimeout) implements Event {}

    record SignalSet(long seq, long nanos, int thread, int signal) implements Event {}

    record SignalCleared(long seq, long nanos, int thread, int signal) implements Event {}

    /** {@code thread} returned from waiting for {@code signal} (set, or not: {@code timedOut}). */
    record SignalPassed(long seq, long nanos, int thread, int signal, boolean timedOut) implements Event {}

    record LatchCountedDown(long seq, long nanos, int thread, int latch, long remaining) implements Event {}

    record LatchPassed(long seq, long nanos, int thread, int latch) implements Event {}

    // ---- queues --------------------------------------------------------------------------------------

    /** {@code thread} put {@code item} (its text form) into {@code queue}, which now holds {@code size}. */
    record ItemPut(long seq, long nanos, int thread, int queue, String item, int size) implements Event {}

    /** {@code thread} took {@code item} from the head of {@code queue}, which now holds {@code size}. */
    record ItemTaken(long seq, long nanos, int thread, int queue, String item, int size) implements Event {}

    // ---- shared variables ----------------------------------------------------------------------------

    record ValueRead(long seq, long nanos, int thread, int variable, long value) implements Event {}

    record ValueWritten(long seq, long nanos, int thread, int variable, long value) implements Event {}

    /** Read of a reference variable; {@code value} is the text form of the object (null stays null). */
    record TextRead(long seq, long nanos, int thread, int variable, String value) implements Event {}

    record TextWritten(long seq, long nanos, int thread, int variable, String value) implements Event {}

    /** An atomic compare-and-set: it wrote {@code update} if the value was {@code expected}. */
    record CompareAndSet(long seq, long nanos, int thread, int variable, long expected, long update,
                         boolean success) implements Event {}

    // ---- sleep, join, liveness -----------------------------------------------------------------------

    record SleepStarted(long seq, long nanos, int thread, long millis) implements Event {}

    record SleepEnded(long seq, long nanos, int thread) implements Event {}

    /** {@code thread} waits for {@code target} to end ({@code timed}: with a timeout). */
    record JoinStarted(long seq, long nanos, int thread, int target, boolean timed) implements Event {}

    record JoinEnded(long seq, long nanos, int thread, int target, boolean targetAlive) implements Event {}

    record AliveChecked(long seq, long nanos, int thread, int target, boolean alive) implements Event {}

    // ---- whole run -----------------------------------------------------------------------------------

    /**
     * A wait-for cycle: {@code threads[i]} waits for {@code objects[i]}, held by {@code threads[i + 1]}
     * (wrapping). When no lock cycle exists but every live thread waits forever, {@code objects} holds what
     * each waits on and the cycle is the whole set.
     */
    record DeadlockDetected(long seq, long nanos, int thread, List<Integer> threads, List<Integer> objects,
                            boolean cycle) implements Event {}

    /** The run ended with the declared outcome at {@code outcome} (index into the lesson's outcomes). */
    record OutcomeReached(long seq, long nanos, int thread, int outcome) implements Event {}

    /** The run was reset before it ended. */
    record RunCancelled(long seq, long nanos, int thread) implements Event {}
}
