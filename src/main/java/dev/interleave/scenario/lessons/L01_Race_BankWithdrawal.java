package dev.interleave.scenario.lessons;

import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.engine.sync.TracedMonitor;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two people withdraw from one account at the same time: T1 takes 50, T2 takes 75, from a balance of 100.
 * Each checks the balance, thinks a moment, then takes the money: check-then-act. Without a fix the other
 * thread can slip in between the check and the act, and the balance goes negative. Three fixes: a
 * ReentrantLock, a synchronized block, or no lock at all but an atomic compare-and-set that retries.
 */
public final class L01_Race_BankWithdrawal extends Scenario {
    static final Parameter.Switch LOCK = new Parameter.Switch("lock", true);
    static final Parameter.Choice FIX = new Parameter.Choice("fix", "reentrant-lock",
            List.of("reentrant-lock", "synchronized", "cas"));
    static final Parameter.Count THINK = new Parameter.Count("think", 10, 0, 1000);

    public L01_Race_BankWithdrawal() {
        super("bank-withdrawal", Topic.RACES, List.of(LOCK, FIX, THINK), List.of(
                Outcome.acceptable("t1-paid"),
                Outcome.acceptable("t2-paid"),
                Outcome.forbidden("negative"),
                Outcome.forbidden("lost-update")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        String fix = lesson.param(LOCK) ? lesson.param(FIX) : "none"; // lock=off: no fix at all
        Account account = new Account(lesson, fix, lesson.param(THINK));
        AtomicInteger paid = new AtomicInteger(); // how many withdrawals went through, for the judge

        lesson.thread("T1", () -> {
            if (account.withdraw(50)) {
                paid.incrementAndGet();
            }
        });
        lesson.thread("T2", () -> {
            if (account.withdraw(75)) {
                paid.incrementAndGet();
            }
        });

        return ending -> {
            int left = account.balance.peek();
            if (paid.get() == 2) {
                return outcome(left < 0 ? "negative" : "lost-update");
            }
            if (paid.get() == 1 && left == 50) {
                return outcome("t1-paid");
            }
            if (paid.get() == 1 && left == 25) {
                return outcome("t2-paid");
            }
            throw new IllegalStateException("balance " + left + " after " + paid.get() + " withdrawals");
        };
    }

    /** The shared account of one run, and the ways a withdrawal can be made safe. */
    private static final class Account {
        private final Lesson lesson;
        private final String fix;
        private final int think;
        private final SharedInt balance;
        private final TracedLock lock;       // only with fix=reentrant-lock
        private final TracedMonitor monitor; // only with fix=synchronized

        Account(Lesson lesson, String fix, int think) {
            this.lesson = lesson;
            this.fix = fix;
            this.think = think;
            this.balance = lesson.sharedInt("balance", 100);
            this.lock = fix.equals("reentrant-lock") ? lesson.lock("account") : null;
            this.monitor = fix.equals("synchronized") ? lesson.monitor("account") : null;
        }

        /** Returns whether the money was paid out. */
        boolean withdraw(int amount) {
            return switch (fix) {
                case "reentrant-lock" -> withLock(amount);
                case "synchronized" -> inSynchronizedBlock(amount);
                case "cas" -> withCompareAndSet(amount);
                default -> checkThenAct(amount); // no fix: the race is open
            };
        }

        /** Check, think, then act: right only if no other thread runs in between. */
        private boolean checkThenAct(int amount) {
            boolean enough = balance.get() >= amount;         // check
            lesson.note("bank-withdrawal.note.check", amount, enough);
            if (!enough) {
                return false;
            }
            think();                                          // the other thread may run now
            int current = balance.get();
            balance.set(current - amount);                    // act
            return true;
        }

        /** Fix 1: the whole check-then-act holds a ReentrantLock (Python: with lock:). */
        private boolean withLock(int amount) {
            lock.lock();
            try {
                return checkThenAct(amount);
            } finally {
                lock.unlock();
            }
        }

        /** Fix 2: the same inside synchronized (account) { ... }, the lock every Java object has. */
        private boolean inSynchronizedBlock(int amount) {
            AtomicBoolean paid = new AtomicBoolean();
            monitor.synchronize(() -> paid.set(checkThenAct(amount)));
            return paid.get();
        }

        /**
         * Fix 3, without a lock: read, check, then write only if the balance is still what was read (an atomic
         * compare-and-set); if another thread changed it meanwhile, start again with the new balance.
         */
        private boolean withCompareAndSet(int amount) {
            while (true) {
                int current = balance.get();                  // read
                boolean enough = current >= amount;           // check the value just read
                lesson.note("bank-withdrawal.note.check", amount, enough);
                if (!enough) {
                    return false;
                }
                think();
                if (balance.compareAndSet(current, current - amount)) {
                    return true;                              // act: nobody changed it in between
                }
                lesson.note("bank-withdrawal.note.retry", current);
            }
        }

        private void think() {
            if (think > 0) {
                lesson.sleep(think);
            }
        }
    }
}
