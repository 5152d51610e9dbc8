# Two locks in opposite orders, and the dining philosophers, as the lesson runs them in Java.
import random
import threading
import time

VARIANT = "two-locks"   # "two-locks" | "philosophers"
SEATS = 5               # the lesson's "seats" (philosophers only)
FIX = "none"            # "none" | "ordered" | "try-lock"
PATIENCE = 0.005        # how long the try-lock fix waits for its second lock


def work(first, second):
    print(threading.current_thread().name, "works holding both locks")


def nested(first, second):
    with first:
        with second:        # holds first while it waits for second: opposite orders can wait forever
            work(first, second)


def in_global_order(first, second):
    # Fix 1: always take the lock with the lower number first, so the waits cannot form a circle.
    if order[first] < order[second]:
        nested(first, second)
    else:
        nested(second, first)


def with_back_off(first, second):
    # Fix 2: take the first, only try the second for a while; if it does not come, let go and try later.
    while True:
        with first:
            if second.acquire(timeout=PATIENCE):
                try:
                    work(first, second)
                    return
                finally:
                    second.release()
        time.sleep(0.001 + random.random() * 0.002)  # a random pause, so both do not retry in step


use_both = {"none": nested, "ordered": in_global_order, "try-lock": with_back_off}[FIX]

if VARIANT == "two-locks":
    a, b = threading.Lock(), threading.Lock()
    order = {a: 1, b: 2}
    threads = [threading.Thread(target=use_both, args=(a, b), name="T1"),
               threading.Thread(target=use_both, args=(b, a), name="T2")]   # the opposite order
else:
    forks = [threading.Lock() for _ in range(SEATS)]
    order = {fork: i for i, fork in enumerate(forks)}
    threads = [threading.Thread(target=use_both, args=(forks[i], forks[(i + 1) % SEATS]),
                                name=f"philosopher-{i + 1}") for i in range(SEATS)]
for t in threads:
    t.daemon = True     # so that a deadlocked thread does not keep the program from exiting
    t.start()
for t in threads:
    t.join(timeout=1)   # a deadlocked thread never ends: we stop looking after 1 s
print("deadlock!" if any(t.is_alive() for t in threads) else "all done")
