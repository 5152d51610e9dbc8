# Waiting for a go signal, as the lesson runs it in Java: one Event reused for two rounds
# (set, then clear at once), or one one-shot signal per round (the lesson's CountDownLatch).
import random
import threading
import time

WAITERS = 2         # the lesson's "waiters"
PREPARE = 0.005     # the lesson's "prepare", in seconds
VARIANT = "event"   # "event" | "latch"
ROUNDS = 2

current_round = 0
go = threading.Event()
go_per_round = [threading.Event() for _ in range(ROUNDS)]  # never cleared: Python's stand-in for a latch


def open_round(r):
    if VARIANT == "event":
        go.set()        # wakes every thread waiting right now...
        go.clear()      # ...and makes the event ready for the next round: a late waiter misses it
    else:
        go_per_round[r - 1].set()  # stays set: a late waiter still passes, and only this round


def await_round(r):
    if VARIANT == "event":
        go.wait()       # may pass at once on the last round's signal if it was not cleared yet
    else:
        go_per_round[r - 1].wait()


def starter():
    global current_round
    for r in range(1, ROUNDS + 1):
        time.sleep(PREPARE)     # get round r ready
        current_round = r
        open_round(r)           # go!


def waiter():
    for r in range(1, ROUNDS + 1):
        await_round(r)
        print(f"{threading.current_thread().name} starts round {r} (the round is {current_round})")
        time.sleep(random.random() * 0.002)  # this round's work


threads = [threading.Thread(target=starter, name="starter")]
threads += [threading.Thread(target=waiter, name=f"waiter-{i}", daemon=True) for i in range(1, WAITERS + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=1)   # a waiter that missed the signal would wait forever: we stop looking after 1 s
