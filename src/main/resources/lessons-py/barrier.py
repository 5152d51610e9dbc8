# Runners meeting at a barrier after every phase, as the lesson runs it in Java.
import random
import threading
import time

RUNNERS = 3         # the lesson's "runners"
PHASES = 2          # the lesson's "phases"
WORK = 0.003        # the lesson's "work": longest work per phase, in seconds
PATIENCE = 0.002    # the lesson's "patience": how long runner-1 waits in the timeout variant
VARIANT = "plain"   # "plain" | "action" | "timeout"

phases_done = 0


def announce():
    # The barrier action runs in the last thread to arrive, before the others go on.
    global phases_done
    phases_done += 1
    print(threading.current_thread().name, "arrived last: phase", phases_done, "is over for everyone")


finish_line = threading.Barrier(RUNNERS, action=announce if VARIANT == "action" else None)


def runner(impatient):
    for phase in range(1, PHASES + 1):
        time.sleep(random.random() * WORK)      # this phase's work
        try:
            if impatient:
                finish_line.wait(timeout=PATIENCE)  # runs out: breaks the barrier for everyone
            else:
                finish_line.wait()
        except threading.BrokenBarrierError:    # Java: BrokenBarrierException (or TimeoutException)
            print(threading.current_thread().name, "finds the barrier broken")
            return
        print(threading.current_thread().name, "passes the barrier after phase", phase)


threads = [threading.Thread(target=runner, args=(i == 1 and VARIANT == "timeout",), name=f"runner-{i}")
           for i in range(1, RUNNERS + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
