# The bank withdrawal race in Python's threading, as the lesson runs it in Java.
import threading
import time

balance = 100
lock = threading.Lock()
USE_LOCK = True   # the lesson's "lock" switch
THINK = 0.010     # the lesson's think time, in seconds


def withdraw(amount):
    global balance
    if USE_LOCK:
        lock.acquire()
    try:
        enough = balance >= amount      # check
        if not enough:
            return False
        time.sleep(THINK)               # think: the other thread may run now
        current = balance
        balance = current - amount      # act
        return True
    finally:
        if USE_LOCK:
            lock.release()


t1 = threading.Thread(target=withdraw, args=(50,), name="T1")
t2 = threading.Thread(target=withdraw, args=(75,), name="T2")
t1.start(); t2.start()
t1.join(); t2.join()
print("balance:", balance)   # 50 or 25 with the lock; -25 (or a lost update) without it

# The idiomatic form holds the lock with a context manager:
#     with lock:
#         if balance >= amount:
#             balance -= amount
