package dev.interleave.scenario.lessons;

import dev.interleave.engine.TracedThread;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedCondition;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedQueue;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * Work distribution, as the tutorials teach it: a producer puts tasks into a bounded queue, workers take them,
 * process them and put the results on a result queue, a collector gathers the results. Each worker stops when
 * it takes a poison pill, one per worker. The buffer variants build the bounded queue by hand from one lock and
 * two conditions; with {@code if} instead of {@code while}, a woken worker does not check again and may take
 * from an empty buffer.
 */
public final class L07_Queue_ProducerConsumer extends Scenario {
    static final Parameter.Count TASKS = new Parameter.Count("tasks", 6, 1, 50);
    static final Parameter.Count CAPACITY = new Parameter.Count("capacity", 2, 1, 10);
    static final Parameter.Count WORKERS = new Parameter.Count("workers", 3, 1, 6);
    static final Parameter.Count WORK = new Parameter.Count("work", 3, 1, 100);
    static final Parameter.Choice VARIANT = new Parameter.Choice("variant", "queue",
            List.of("queue", "buffer", "buffer-if"));
    /** The poison pill: a worker that takes it stops (Python puts None). */
    private static final String STOP = "STOP";

    public L07_Queue_ProducerConsumer() {
        super("producer-consumer", Topic.QUEUES, List.of(TASKS, CAPACITY, WORKERS, WORK, VARIANT), List.of(
                Outcome.acceptable("all-done"),
                Outcome.forbidden("worker-crashed")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        int taskCount = lesson.param(TASKS);
        int workerCount = lesson.param(WORKERS);
        int work = lesson.param(WORK);
        Channel tasks = switch (lesson.param(VARIANT)) {
            case "buffer" -> new BoundedBuffer(lesson, lesson.param(CAPACITY), true);
            case "buffer-if" -> new BoundedBuffer(lesson, lesson.param(CAPACITY), false);
            default -> new QueueChannel(lesson.queue("tasks", lesson.param(CAPACITY)));
        };
        TracedQueue<String> results = lesson.queue("results", taskCount); // room for every result: never waits
        Queue<String> collected = new ConcurrentLinkedQueue<>();

        lesson.thread("producer", () -> {
            for (int i = 1; i <= taskCount; i++) {
                tasks.put("task-" + i);                      // waits while the queue is full
            }
            for (int w = 1; w <= workerCount; w++) {
                tasks.put(STOP);                             // one poison pill per worker
            }
        });
        List<TracedThread> workers = new ArrayList<>();
        for (int w = 1; w <= workerCount; w++) {
            workers.add(lesson.thread("worker-" + w, () -> {
                while (true) {
                    String task = tasks.take();              // waits while the queue is empty
                    if (task.equals(STOP)) {
                        break;                               // no more work: this worker ends
                    }
                    lesson.sleep(1 + lesson.random().nextInt(work)); // process it, for a few milliseconds
                    results.put(task + " done");
                }
            }));
        }
        lesson.thread("collector", () -> {
            for (int i = 1; i <= taskCount; i++) {
                collected.add(results.take());
            }
        });

        return ending -> {
            for (TracedThread w : workers) {
                if (w.failure() instanceof NoSuchElementException) {
                    return outcome("worker-crashed");        // the run may then also be stuck: see the texts
                }
                if (w.failure() != null) {
                    throw new IllegalStateException(w.name() + " failed", w.failure());
                }
            }
            if (collected.size() == taskCount && new HashSet<>(collected).size() == taskCount) {
                return outcome("all-done");
            }
            throw new IllegalStateException(ending + " with results " + collected);
        };
    }

    /** Where the producer puts tasks and the workers take them from. */
    private interface Channel {
        void put(String item);

        String take();
    }

    /** Variant queue: a ready-made bounded blocking queue (Python's queue.Queue(maxsize)). */
    private record QueueChannel(TracedQueue<String> queue) implements Channel {
        @Override
        public void put(String item) {
            queue.put(item);
        }

        @Override
        public String take() {
            return queue.take();
        }
    }

    /**
     * Variants buffer and buffer-if: a bounded buffer by hand, as queue.Queue is built inside: one lock, and two
     * conditions to wait on, one for "not full" and one for "not empty". Every change wakes all who wait (like
     * Python's notify_all): only one of them can have the item, so each must check again when it wakes.
     */
    private static final class BoundedBuffer implements Channel {
        private final TracedLock lock;
        private final TracedCondition notFull;
        private final TracedCondition notEmpty;
        private final SharedInt count;                         // how many items it holds, for all to see
        private final ArrayDeque<String> items = new ArrayDeque<>(); // only touched holding the lock
        private final int capacity;
        private final boolean checkAgain;                      // while (right) or if (the bug)

        BoundedBuffer(Lesson lesson, int capacity, boolean checkAgain) {
            this.lock = lesson.lock("buffer");
            this.notFull = lock.newCondition("not-full");
            this.notEmpty = lock.newCondition("not-empty");
            this.count = lesson.sharedInt("count", 0);
            this.capacity = capacity;
            this.checkAgain = checkAgain;
        }

        @Override
        public void put(String item) {
            lock.lock();
            try {
                waitOn(notFull, () -> count.get() == capacity);
                items.addLast(item);
                count.set(items.size());
                notEmpty.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public String take() {
            lock.lock();
            try {
                waitOn(notEmpty, () -> count.get() == 0);
                String item = items.removeFirst();             // empty? NoSuchElementException (Python: IndexError)
                count.set(items.size());
                notFull.signalAll();
                return item;
            } finally {
                lock.unlock();
            }
        }

        /** Waits on {@code condition} while {@code mustWait} holds. */
        private void waitOn(TracedCondition condition, BooleanSupplier mustWait) {
            if (checkAgain) {
                while (mustWait.getAsBoolean()) {
                    condition.await();                         // woken: check again, another may have been first
                }
            } else if (mustWait.getAsBoolean()) {
                condition.await();                             // the bug: woken, it goes on without checking
            }
        }
    }
}
