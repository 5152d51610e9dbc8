# Lost update in Python's threading, as the lesson runs it in Java.
# count += 1 is not one step: Python reads count, adds 1, and stores it back, and the
# interpreter may switch threads in between (the GIL does not make the three steps one).
import threading

THREADS = 2       # the lesson's "threads"
INCREMENTS = 3    # the lesson's "increments"
USE_LOCK = False  # the lesson's "lock" switch

count = 0
lock = threading.Lock()


def increment():
    global count
    read = count          # 1. read the shared count
    total = read + 1      # 2. add one, in this thread's own frame
    count = total         # 3. write it back: another thread may have written in between


def worker():
    for _ in range(INCREMENTS):
        if USE_LOCK:
            with lock:    # the three steps together, nobody in between
                increment()
        else:
            increment()


threads = [threading.Thread(target=worker, name=f"T{i}") for i in range(1, THREADS + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count:", count, "expected:", THREADS * INCREMENTS)  # less than expected: a lost update
