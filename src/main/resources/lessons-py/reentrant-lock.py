# RLock versus Lock, as the lesson runs it in Java: a method holding the lock calls
# another method that takes the same lock again.
import threading

VARIANT = "rlock"   # the lesson's variant: "rlock" | "lock"

guard = threading.RLock() if VARIANT == "rlock" else threading.Lock()
pots = {"checking": 100, "savings": 0}


def add(pot, amount):
    with guard:                     # RLock: hold count 2 inside a transfer; Lock: waits for itself forever
        pots[pot] += amount


def transfer(amount):
    with guard:                     # hold count 1
        add("checking", -amount)    # takes the lock again
        add("savings", amount)
                                    # leaving the with block: hold count 0, free for the other thread


t1 = threading.Thread(target=transfer, args=(30,), name="T1")
t2 = threading.Thread(target=transfer, args=(20,), name="T2")
t1.start(); t2.start()
t1.join(); t2.join()               # with Lock, this join never returns: a deadlock with one thread in it
print(pots)                        # {'checking': 50, 'savings': 50}
