# Ten thousand waiting workers, as the lesson runs them on Java virtual threads.
#
# threading: each Thread is an operating-system (kernel-level) thread. Ten thousand of them cost ten thousand
# OS threads with their stacks, and the GIL still lets only one run Python code at a time.
# asyncio: each task is a user-level coroutine on ONE thread's event loop. At every `await` it hands the loop
# back, so ten thousand tasks share one thread. A Java virtual thread does the same with plain blocking
# code: when it waits or sleeps it hands its carrier (a platform thread) back, and a few carriers, one per
# core, run them all in parallel.
import asyncio
import threading

THREADS = 10_000    # the lesson's "virtual threads"
SLEEP = 0.1         # the lesson's "sleep", in seconds


async def worker(go, done):
    await go.wait()             # parks: the event loop runs other tasks meanwhile
    await asyncio.sleep(SLEEP)  # sleeps without blocking the loop's thread
    done.append(1)              # counts itself done (one thread, so no lock is needed)


async def main():
    go = asyncio.Event()
    done = []
    tasks = [asyncio.create_task(worker(go, done)) for _ in range(THREADS)]
    print("started", THREADS, "tasks on thread", threading.current_thread().name)
    go.set()                    # all of them may go on
    await asyncio.gather(*tasks)
    print(len(done), "tasks ran on 1 thread")   # Java: 10,000 virtual threads on a few carriers


asyncio.run(main())
