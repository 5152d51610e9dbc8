# A pool of connections guarded by a semaphore, as the lesson runs it in Java.
import threading
import time

CONNECTIONS = 2     # the lesson's "connections": permits of the semaphore
THREADS = 4         # the lesson's "threads"
USE = 0.002         # the lesson's "use": how long a query holds its connection, in seconds
VARIANT = "semaphore"  # "semaphore" | "extra-release" | "bounded"

pool = threading.BoundedSemaphore(CONNECTIONS) if VARIANT == "bounded" else threading.Semaphore(CONNECTIONS)
meter = threading.Lock()  # Python has no compare-and-set: a small lock keeps the counters right
in_use = 0
peak = 0


def query(fails_once):
    global in_use, peak
    pool.acquire()              # take a connection; waits while all of them are in use
    try:
        with meter:
            in_use += 1
            peak = max(peak, in_use)
        time.sleep(USE)         # the query
        with meter:
            in_use -= 1
        if fails_once:          # the query failed, and the error handler...
            pool.release()      # ...gives the connection back: the bug, finally does it too
    finally:
        pool.release()          # BoundedSemaphore: ValueError("Semaphore released too many times")


threads = [threading.Thread(target=query, args=(i == 1 and VARIANT != "semaphore",), name=f"worker-{i}")
           for i in range(1, THREADS + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most connections in use at once:", peak, "of", CONNECTIONS)

# The idiomatic form: "with pool:" acquires and releases exactly once.
