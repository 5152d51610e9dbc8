# Wait and notify with threading.Condition, as the lesson runs it in Java with a monitor.
import threading
import time

READERS = 2             # the lesson's "readers"
PREPARE = 0.002         # the lesson's "prepare", in seconds
VARIANT = "notify-all"  # "notify-all" | "notify" | "lost-wakeup"

box = threading.Condition()   # a lock with a wait set: Java's synchronized + wait/notify
ready = False
data = None


def maker():
    global ready, data
    time.sleep(PREPARE)         # prepare the data
    with box:
        data = 42
        ready = True
        if VARIANT == "notify":
            box.notify()        # wakes one waiting reader: the others wait forever
        else:
            box.notify_all()    # wakes every waiting reader


def reader():
    if VARIANT == "lost-wakeup":
        if not ready:           # the bug: checks without the lock...
            with box:
                box.wait()      # ...and if the notify came in between, nobody will wake this wait
    else:
        with box:
            while not ready:    # check holding the lock, and again after every wake-up
                box.wait()      # (box.wait_for(lambda: ready) is the same loop)
    print(threading.current_thread().name, "reads", data)


threads = [threading.Thread(target=maker, name="maker")]
threads += [threading.Thread(target=reader, name=f"reader-{i}", daemon=True) for i in range(1, READERS + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=1)           # a reader left waiting never ends: we stop looking after 1 s
