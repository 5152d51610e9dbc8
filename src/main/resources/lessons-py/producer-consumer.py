# Work distribution with a bounded queue, as the lesson runs it in Java.
import queue
import random
import threading
import time

TASKS = 6           # the lesson's "tasks"
CAPACITY = 2        # the lesson's "capacity"
WORKERS = 3         # the lesson's "workers"
WORK = 0.003        # the lesson's "work": longest processing time per task, in seconds
VARIANT = "queue"   # "queue" | "buffer" | "buffer-if"
STOP = None         # the poison pill: one per worker


# The buffer variants, by hand, as queue.Queue is built inside: one lock, two conditions.
# Run as Python, the "buffer-if" bug rarely shows: CPython switches threads far less often than the
# lesson's steps do. It is there all the same; step the lesson to see the interleaving that trips it.
class BoundedBuffer:
    def __init__(self, capacity, check_again=True):
        self.items = []
        self.capacity = capacity
        self.check_again = check_again      # while (right) or if (the bug)
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)

    def _wait_on(self, condition, must_wait):
        if self.check_again:
            while must_wait():
                condition.wait()            # woken: check again, another may have been first
        elif must_wait():
            condition.wait()                # the bug: woken, it goes on without checking

    def put(self, item):
        with self.lock:
            self._wait_on(self.not_full, lambda: len(self.items) == self.capacity)
            self.items.append(item)
            self.not_empty.notify_all()

    def get(self):
        with self.lock:
            self._wait_on(self.not_empty, lambda: len(self.items) == 0)
            item = self.items.pop(0)        # empty? IndexError: pop from empty list
            self.not_full.notify_all()
            return item


if VARIANT == "queue":
    tasks = queue.Queue(maxsize=CAPACITY)   # put() waits while full, get() while empty
else:
    tasks = BoundedBuffer(CAPACITY, check_again=VARIANT == "buffer")
results = queue.Queue()


def producer():
    for i in range(1, TASKS + 1):
        tasks.put(f"task-{i}")
    for _ in range(WORKERS):
        tasks.put(STOP)


def worker():
    while True:
        task = tasks.get()
        if task is STOP:
            break                                   # no more work: this worker ends
        time.sleep(random.random() * WORK)          # process it
        results.put(f"{task} done")


def collector(collected):
    for _ in range(TASKS):
        collected.append(results.get())


collected = []
threads = [threading.Thread(target=producer, name="producer")]
threads += [threading.Thread(target=worker, name=f"worker-{w}") for w in range(1, WORKERS + 1)]
threads += [threading.Thread(target=collector, args=(collected,), name="collector")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(collected))

# The tutorials' pool does the same inside:
#     with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
#         results = list(pool.map(process, [f"task-{i}" for i in range(1, TASKS + 1)]))
