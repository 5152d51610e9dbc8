# Starting, joining and daemon threads, as the lesson runs them in Java.
import random
import threading
import time

WORKERS = 2         # the lesson's "workers"
heartbeats = 0


def hello():
    me = threading.current_thread()
    print("I am", me.name, "id", threading.get_ident())   # Java: getName() and threadId()


def work():
    hello()
    time.sleep(0.001 + random.random() * 0.002)


def watch(worker):
    hello()
    running = worker.is_alive()
    print(worker.name, "is alive:", running)   # False already? It finished before we looked
    while running:
        time.sleep(0.001)
        running = worker.is_alive()
    print(worker.name, "is alive:", False)


def beat():
    global heartbeats
    hello()
    while True:             # never ends by itself: only a daemon may do that
        heartbeats += 1
        time.sleep(0.001)


def main():
    hello()
    workers = [threading.Thread(target=work, name=f"worker-{i}") for i in range(1, WORKERS + 1)]
    watcher = threading.Thread(target=watch, args=(workers[0],), name="watcher")
    heartbeat = threading.Thread(target=beat, name="heartbeat", daemon=True)

    heartbeat.start()
    for w in workers:
        w.start()
    watcher.start()
    for w in workers:
        w.join()            # waits until w has ended
        print("joined", w.name)
    watcher.join()
    print("main is done; the daemon still runs, and stops when the program exits")


main()
