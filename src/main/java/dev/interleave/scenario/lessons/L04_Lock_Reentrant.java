package dev.interleave.scenario.lessons;

import dev.interleave.engine.Ending;
import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedSemaphore;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.List;

/**
 * A transfer between two pots of one account takes the account's lock, then changes each pot through a method
 * that takes the same lock again. A reentrant lock (Python's RLock) lets its owner in again and counts the holds:
 * 1, 2, 1, 2, 1, 0. A plain lock (Python's Lock, here a semaphore with one permit) does not know its owner: the
 * thread waits for a permit it holds itself, and waits forever.
 */
public final class L04_Lock_Reentrant extends Scenario {
    static final Parameter.Choice VARIANT = new Parameter.Choice("variant", "rlock", List.of("rlock", "lock"));

    public L04_Lock_Reentrant() {
        super("reentrant-lock", Topic.LOCKS, List.of(VARIANT), List.of(
                Outcome.acceptable("transferred"),
                Outcome.forbidden("self-deadlock")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        Guard guard = lesson.param(VARIANT).equals("rlock")
                ? new Guard(lesson.lock("account"), null)
                : new Guard(null, lesson.semaphore("account", 1));
        Account account = new Account(lesson, guard, lesson.sharedInt("checking", 100), lesson.sharedInt("savings", 0));

        lesson.thread("T1", () -> account.transfer(30));
        lesson.thread("T2", () -> account.transfer(20));

        return ending -> {
            if (ending == Ending.DEADLOCK) {
                return outcome("self-deadlock");
            }
            if (account.checking.peek() == 50 && account.savings.peek() == 50) {
                return outcome("transferred");
            }
            throw new IllegalStateException("checking " + account.checking.peek() + ", savings " + account.savings.peek());
        };
    }

    /** The account's lock, as Python names them: RLock (reentrant), or Lock (here a semaphore of one permit). */
    private record Guard(TracedLock rlock, TracedSemaphore lock) {
        void acquire() {
            if (rlock != null) {
                rlock.lock();         // RLock: its owner may take it again; the hold count goes up
            } else {
                lock.acquire();       // Lock: nobody may take it again, not even the thread holding it
            }
        }

        void release() {
            if (rlock != null) {
                rlock.unlock();       // the hold count goes down; at 0 the lock is free
            } else {
                lock.release();
            }
        }
    }

    /** The transfer holds the lock across both changes; each change takes the same lock again for itself. */
    private record Account(Lesson lesson, Guard guard, SharedInt checking, SharedInt savings) {
        void transfer(int amount) {
            guard.acquire();                                  // hold count 1
            try {
                add(checking, -amount);                       // add takes the lock again: hold count 2, then 1
                add(savings, amount);
            } finally {
                guard.release();                              // hold count 0: free for the other thread
            }
        }

        /** Changes one pot. It takes the lock itself, so that it is also safe to call on its own. */
        void add(SharedInt pot, int amount) {
            guard.acquire();
            try {
                lesson.note("reentrant-lock.note.add", pot.name(), amount);
                int balance = pot.get();
                pot.set(balance + amount);
            } finally {
                guard.release();
            }
        }
    }
}
