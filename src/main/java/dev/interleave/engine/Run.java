package dev.interleave.engine;

import dev.interleave.trace.Event;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;
import dev.interleave.trace.Recording;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One execution of a {@link Script}: its lesson threads, its {@link Gate}, its {@link Recording}, its
 * objects. A run is used once; "run again" makes a new one.
 *
 * <p>Threads: {@link #start} runs the script on a new controller thread; {@link #execute} runs it on the
 * caller's. Lesson threads call the step and registration methods through the traced primitives. Any thread
 * may read the state, grant steps (through the gate) and {@link #resetAsync() reset}; the UI must use the
 * asynchronous forms, since {@link #reset()} waits up to a second for threads to end.
 */
public final class Run {
    private static final ThreadLocal<TracedThread> CURRENT = new ThreadLocal<>();
    private static final AtomicInteger RUN_NUMBERS = new AtomicInteger();
    /**
     * How long the controller waits between checks for a run where every thread waits forever. Short, so that
     * trials of a lesson that stalls on purpose (a lost wakeup, a lock taken twice) take milliseconds per run;
     * safe, because each blocker answers exactly whether its thread can still go on, and a stall is only
     * reported after two checks in a row with no event recorded between them.
     */
    private static final long STALL_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(1);

    private final RunOptions options;
    private final Recording recording;
    private final Gate gate;
    private final LineLocator lines;
    private final int number = RUN_NUMBERS.incrementAndGet();
    private final ThreadRegistry threads = new ThreadRegistry();
    /** Guards creating threads and objects (ids, names) and starting threads against a reset. */
    private final Object registryLock = new Object();
    private final List<TracedThread> startAfterSetup = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, TracedThread> threadsByName = new ConcurrentHashMap<>();
    /** Non-daemon lesson threads started and not yet ended: the run is complete when none is left. */
    private final AtomicInteger liveNonDaemons = new AtomicInteger();
    /** Where platform lesson threads run (trials), or null: each gets a thread of its own. */
    private volatile LessonThreadPool pool;
    private final ViewerPace viewerPace;
    private final AtomicInteger nextObjectId = new AtomicInteger();
    private final ReentrantLock endLock = new ReentrantLock();
    private final Condition endChanged = endLock.newCondition();
    /** Claimed by the thread that records the deadlock (there is one report per run). */
    private final AtomicBoolean deadlockReported = new AtomicBoolean();
    /** Set once the deadlock is in the recording: the controller ends the run on it. */
    private final AtomicBoolean deadlockFound = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Thread controller;
    private volatile boolean cancelled;
    private volatile Ending ending;
    private volatile int outcome = -1;
    private volatile Throwable setupFailure;
    /** Set once setup returned and the run started its threads: before that the run cannot be settled. */
    private volatile boolean launched;

    public Run(RunOptions options) {
        this.options = options;
        this.recording = new Recording(options.limits());
        this.viewerPace = new ViewerPace(recording::size);
        this.gate = new Gate(options.mode(), options.delayNanos(), viewerPace);
        this.lines = options.captureLines() ? new LineLocator(options.sourceClass()) : null;
    }

    /**
     * Runs this run's platform lesson threads on {@code pool}'s reused threads rather than on new ones (for
     * trials; see {@link LessonThreadPool}). Call before the run starts.
     */
    public void reuseThreads(LessonThreadPool pool) {
        if (threads.size() > 0) {
            throw new IllegalStateException("reuseThreads must be called before the run makes its threads");
        }
        this.pool = pool;
    }

    static void bind(TracedThread thread) {
        if (thread == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(thread);
        }
    }

    public RunOptions options() {
        return options;
    }

    public Recording recording() {
        return recording;
    }

    public Gate gate() {
        return gate;
    }

    /** How the run keeps pace with a viewer at full speed (off unless a viewer follows it). */
    public ViewerPace viewerPace() {
        return viewerPace;
    }

    /** The lesson thread calling, or null on the controller or any thread that is not part of a run. */
    public TracedThread current() {
        TracedThread t = CURRENT.get();
        return t != null && t.run() == this ? t : null;
    }

    /** The id of the calling lesson thread; 0 for the controller (and any other thread). */
    public int currentId() {
        return idOf(current());
    }

    /** The id of {@code thread} in its run, 0 for null (the controller, or a thread outside any run). */
    public static int idOf(TracedThread thread) {
        return thread == null ? 0 : thread.id();
    }

    /** The lesson threads created so far, in id order. */
    public List<TracedThread> threads() {
        return threads.list();
    }

    /** The lesson thread with this id, or null. O(1). */
    public TracedThread thread(int id) {
        return threads.get(id);
    }

    /** How many lesson threads the run has made so far. */
    public int threadCount() {
        return threads.size();
    }

    /** The lesson thread with this name, or null. O(1). */
    public TracedThread threadNamed(String name) {
        return threadsByName.get(name);
    }

    // ---- made by lesson code --------------------------------------------------------------------------

    /**
     * A new lesson thread, not yet started. Names are unique in a run.
     *
     * @param daemon the run neither waits for it nor lets it outlive the others (Python's daemon threads)
     * @param virtual a virtual thread instead of a platform thread
     */
    public TracedThread newThread(String name, boolean daemon, boolean virtual, LessonBody body) {
        TracedThread t;
        TracedThread creator = current();
        synchronized (registryLock) {
            int id = threads.nextId();
            claimName(name);
            t = new TracedThread(this, id, name, daemon, virtual, body, virtual ? null : pool);
            threads.add(t);
            threadsByName.put(name, t);
            if (creator == null) {
                startAfterSetup.add(t);
            }
        }
        recording.threadCreated(t.id(), name, t.daemon(), virtual, idOf(creator));
        return t;
    }

    /** Called by {@link TracedObject}: gives the object its id and records its creation. */
    int register(TracedObject object, ObjectKind kind, String name, long capacity, int parent) {
        synchronized (registryLock) {
            claimName(name);
        }
        int id = nextObjectId.getAndIncrement();
        recording.objectCreated(currentId(), id, kind, name, capacity, parent);
        return id;
    }

    private void claimName(String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("two things in one run are named \"" + name + "\"");
        }
    }

    /** The calling lesson thread's own random numbers, seeded from the run's seed and its id. */
    public SplittableRandom random() {
        TracedThread t = current();
        if (t == null) {
            throw new IllegalStateException("random() is for lesson threads");
        }
        return t.random(options.seed());
    }

    /** A lesson's own narration line (a bundle key and its arguments), attributed to the calling thread. */
    public void note(String key, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        recording.note(currentId(), key, texts);
    }

    /** Sleeps (Python's {@code time.sleep}); a step point. */
    public void sleep(long millis) {
        TracedThread me = step(Op.SLEEP, Event.NONE);
        int id = idOf(me);
        recording.sleepStarted(id, millis);
        if (me != null) {
            me.timedWait();
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new RunCancelledException();
        } finally {
            if (me != null) {
                me.running();
            }
        }
        recording.sleepEnded(id);
    }

    // ---- step points ----------------------------------------------------------------------------------

    /**
     * A step point: the calling lesson thread announces {@code op} on {@code target} and waits at the gate.
     * On the controller (setup) it does nothing: setup is not part of the lesson's interleaving.
     *
     * @return the calling lesson thread, or null on the controller: the operation that follows needs it, and
     *         looking it up once per operation is part of what keeps a traced operation cheap
     */
    public TracedThread step(Op op, int target) {
        TracedThread me = current();
        if (me == null) {
            return null;
        }
        int line = lines == null ? -1 : lines.currentLine();
        if (me.virtual()) {
            recording.stepPending(me.id(), op, target, line, me.currentCarrier());
        } else {
            recording.stepPending(me.id(), op, target, line);
        }
        gate.pass(me, op == Op.UNLOCK || op == Op.RELEASE);
        return me;
    }

    // ---- running --------------------------------------------------------------------------------------

    /** Runs {@code script} on a new controller thread and returns at once. */
    public void start(Script script) {
        Thread thread = Thread.ofPlatform().name("interleave-run-" + number).daemon(true).unstarted(() -> execute(script));
        controller = thread; // known before it runs, so that a reset right now still stops and waits for it
        thread.start();
    }

    /** Runs {@code script} on the calling thread until the run ends; returns how it ended. */
    public Ending execute(Script script) {
        controller = Thread.currentThread();
        try {
            if (cancelled) {
                throw new RunCancelledException();
            }
            script.setup(this);
            List<TracedThread> toStart;
            synchronized (registryLock) {
                toStart = List.copyOf(startAfterSetup);
            }
            for (TracedThread t : toStart) {
                t.start();
            }
            launched = true;
            Ending end = awaitThreads();
            if (end == Ending.COMPLETED) {
                stopThreads(); // the daemons that are still running, as the JVM would at exit
            }
            outcome = script.judge(this, end);
            recording.outcomeReached(0, outcome);
            ending = end;
            if (end == Ending.DEADLOCK && options.endOnDeadlock()) {
                stopThreads();
            }
            return end;
        } catch (RunCancelledException | InterruptedException e) {
            ending = Ending.CANCELLED;
            return Ending.CANCELLED;
        } catch (Exception | LinkageError | AssertionError e) {
            setupFailure = e;
            ending = cancelled ? Ending.CANCELLED : Ending.FAILED;
            stopThreads();
            return ending;
        } finally {
            finished.countDown();
        }
    }

    private Ending awaitThreads() throws InterruptedException {
        long lastSize = -1;
        endLock.lockInterruptibly();
        try {
            while (true) {
                if (cancelled) {
                    throw new RunCancelledException();
                }
                if (deadlockFound.get()) {
                    return Ending.DEADLOCK;
                }
                if (allNonDaemonsEnded()) {
                    return Ending.COMPLETED;
                }
                if (endChanged.awaitNanos(STALL_CHECK_NANOS) <= 0) {
                    // Quiet for a while: is every live thread waiting forever? Confirm on two checks in a row
                    // with no event between them.
                    long size = recording.size();
                    if (isStalled()) {
                        if (size == lastSize) {
                            reportStall();
                        }
                        lastSize = size;
                    } else {
                        lastSize = -1;
                    }
                }
            }
        } finally {
            endLock.unlock();
        }
    }

    /** O(1): the controller asks after every thread's end, and a run may have 10,000 of them. */
    private boolean allNonDaemonsEnded() {
        return liveNonDaemons.get() == 0;
    }

    /** Every live thread waits in a primitive that still blocks it, and none is at a step point. */
    private boolean isStalled() {
        boolean anyBlocked = false;
        for (int id = 1, n = threads.size(); id <= n; id++) {
            TracedThread t = threads.get(id);
            switch (t.status()) {
                case NEW, TERMINATED -> { }
                case BLOCKED -> {
                    Blocker b = t.blocker();
                    if (b == null || !b.stillBlocks(t)) {
                        return false;
                    }
                    anyBlocked = true;
                }
                default -> {
                    return false;
                }
            }
        }
        return anyBlocked;
    }

    private void reportStall() {
        List<TracedThread> stuck = new ArrayList<>();
        List<Integer> objects = new ArrayList<>();
        for (int id = 1, n = threads.size(); id <= n; id++) {
            TracedThread t = threads.get(id);
            Blocker b = t.blocker();
            if (t.status() == ThreadStatus.BLOCKED && b != null) {
                stuck.add(t);
                objects.add(b.objectId());
            }
        }
        reportDeadlock(stuck, objects, false);
    }

    /** Called by a lesson thread as it ends (its status is TERMINATED already). */
    void threadEnded(TracedThread thread) {
        if (!thread.daemon()) {
            liveNonDaemons.decrementAndGet();
        }
        signalController();
    }

    private void signalController() {
        endLock.lock();
        try {
            endChanged.signalAll();
        } finally {
            endLock.unlock();
        }
    }

    // ---- deadlock --------------------------------------------------------------------------------------

    /**
     * Called by a primitive right after {@code me} blocked on a lock-like object: follows who holds what
     * {@code me} waits for; if the chain comes back to {@code me}, that is a deadlock, recorded once.
     */
    public void checkForCycle(TracedThread me) {
        List<TracedThread> cycle = new ArrayList<>();
        List<Integer> objects = new ArrayList<>();
        TracedThread at = me;
        for (int hops = 0; hops <= threads.size(); hops++) {
            if (at.status() != ThreadStatus.BLOCKED) {
                return;
            }
            Blocker b = at.blocker();
            TracedThread holder = b == null ? null : b.holder();
            if (holder == null) {
                return;
            }
            cycle.add(at);
            objects.add(b.objectId());
            if (holder == me) {
                reportDeadlock(cycle, objects, true);
                return;
            }
            at = holder;
        }
    }

    /**
     * Records the deadlock once, then lets the controller end the run on it. In that order: published first,
     * the flag let the controller judge the run and record its outcome before the deadlock's own event, and a
     * reader that saw the run end could find no DeadlockDetected in its recording (PrimitiveSequenceTest, once
     * in a full run).
     */
    private void reportDeadlock(List<TracedThread> stuck, List<Integer> objects, boolean cycle) {
        if (!deadlockReported.compareAndSet(false, true)) {
            return;
        }
        recording.deadlockDetected(currentId(), stuck.stream().map(TracedThread::id).toList(), objects, cycle);
        deadlockFound.set(true);
        signalController();
    }

    public boolean deadlocked() {
        return deadlockFound.get();
    }

    // ---- observing ---------------------------------------------------------------------------------------

    /**
     * True when nothing in the run can move without the user: every thread is at a step point, ended, not
     * started, or blocked on something that still blocks it; and no event was recorded while looking.
     */
    public boolean isSettled() {
        if (!launched) {
            return ended();
        }
        long before = recording.size();
        boolean lessonDone = true; // every non-daemon thread ended (judged from the same statuses as the rest)
        for (int id = 1, n = threads.size(); id <= n; id++) {
            TracedThread t = threads.get(id);
            ThreadStatus status = t.status();
            if (!t.daemon() && status != ThreadStatus.NEW && status != ThreadStatus.TERMINATED) {
                lessonDone = false;
            }
            switch (status) {
                case NEW, TERMINATED, AT_GATE -> { }
                case BLOCKED -> {
                    Blocker b = t.blocker();
                    if (b == null || !b.stillBlocks(t)) {
                        return false;
                    }
                }
                case RUNNING, TIMED -> {
                    return false;
                }
            }
        }
        // When the lesson's threads are done, the controller still has to judge the outcome.
        return before == recording.size() && (!lessonDone || ended());
    }

    /**
     * Waits until the run is {@link #isSettled() settled} (twice in a row) or ended. For tests, the CLI and
     * scripted schedules; never call it on the UI thread.
     */
    public boolean awaitSettled(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        int inARow = 0;
        while (System.nanoTime() < end) {
            if (isSettled()) {
                if (++inARow >= 2) {
                    return true;
                }
            } else {
                inARow = 0;
            }
            LockSupport.parkNanos(20_000);
        }
        return false;
    }

    /** Waits until the run has ended (any ending). Never on the UI thread. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public boolean ended() {
        return finished.getCount() == 0;
    }

    /** How the run ended, or null while it runs. */
    public Ending ending() {
        return ending;
    }

    /** The outcome index the script judged, or -1. */
    public int outcome() {
        return outcome;
    }

    /** The thread running the script (null before it started), for checks that it ended. */
    Thread controllerThread() {
        return controller;
    }

    /** What the lesson's setup threw, if it did. */
    public Throwable setupFailure() {
        return setupFailure;
    }

    // ---- reset -----------------------------------------------------------------------------------------

    /**
     * Stops the run: closes the gate, interrupts every thread of the run (traced waits turn that into
     * {@link RunCancelledException}) and waits up to one second for them to end.
     *
     * @return the names of threads that would not stop (empty when all ended)
     */
    public List<String> reset() {
        if (!cancelled) {
            cancelled = true;
            if (!ended()) {
                recording.runCancelled(0);
            }
        }
        return stopThreads();
    }

    /** {@link #reset()} on a background thread, for callers that must never wait (the UI). */
    public CompletableFuture<List<String>> resetAsync() {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        Thread.ofPlatform().name("interleave-reset-" + number).daemon(true).start(() -> result.complete(reset()));
        return result;
    }

    /**
     * Starts {@code thread} unless the run is being stopped: then the caller unwinds instead. {@code by} is
     * the lesson thread starting it (null: the controller).
     */
    void launch(TracedThread thread, TracedThread by) {
        synchronized (registryLock) {
            if (gate.closed()) {
                throw new RunCancelledException();
            }
            if (!thread.daemon()) {
                liveNonDaemons.incrementAndGet();
            }
            try {
                thread.startNow(by);
            } catch (RuntimeException | Error e) {
                if (!thread.daemon()) {
                    liveNonDaemons.decrementAndGet(); // it never ran
                }
                throw e;
            }
        }
    }

    private List<String> stopThreads() {
        synchronized (registryLock) { // after this, no thread of the run can start (see launch)
            gate.close();
        }
        List<TracedThread> all = threads.list();
        for (TracedThread t : all) {
            t.jvmThread().interrupt();
        }
        Thread c = controller;
        if (c != null && c != Thread.currentThread()) {
            c.interrupt();
        }
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        List<String> stuck = new ArrayList<>();
        for (TracedThread t : all) {
            if (!joinUntil(t.jvmThread(), deadline)) {
                stuck.add(t.name());
            }
        }
        if (c != null && c != Thread.currentThread() && !joinUntil(new JvmThread.Own(c), deadline)) {
            stuck.add(c.getName());
        }
        return stuck;
    }

    private static boolean joinUntil(JvmThread thread, long deadline) {
        if (thread.state() == Thread.State.NEW) {
            return true;
        }
        try {
            long left = deadline - System.nanoTime();
            return left > 0 ? thread.join(Duration.ofNanos(left)) : !thread.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !thread.isAlive();
        }
    }

    @Override
    public String toString() {
        return "run " + number;
    }
}
