package dev.interleave.scenario.lessons;

import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two people withdraw from one account at the same time: T1 takes 50, T2 takes 75, from a balance of 100.
 * Each checks the balance, thinks a moment, then takes the money: check-then-act. Without the lock the other
 * thread can slip in between the check and the act, and the balance goes negative.
 */
public final class Race_01_BankWithdrawal extends Scenario {
    static final Parameter.Switch LOCK = new Parameter.Switch("lock", true);
    static final Parameter.Count THINK = new Parameter.Count("think", 10, 0, 1000);

    public Race_01_BankWithdrawal() {
        super("bank-withdrawal", Topic.RACES, List.of(LOCK, THINK), List.of(
                Outcome.acceptable("t1-paid"),
                Outcome.acceptable("t2-paid"),
                Outcome.forbidden("negative"),
                Outcome.forbidden("lost-update")));
    }

    @Override
    protected Judge setup(Lesson lesson) {
        boolean useLock = lesson.param(LOCK);
        int think = lesson.param(THINK);
        SharedInt balance = lesson.sharedInt("balance", 100);
        TracedLock account = lesson.lock("account");
        AtomicInteger paid = new AtomicInteger(); // how many withdrawals went through, for the judge

        lesson.thread("T1", () -> {
            if (withdraw(lesson, balance, account, useLock, think, 50)) {
                paid.incrementAndGet();
            }
        });
        lesson.thread("T2", () -> {
            if (withdraw(lesson, balance, account, useLock, think, 75)) {
                paid.incrementAndGet();
            }
        });

        return ending -> {
            int left = balance.peek();
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

    /** Check, think, then act. Returns whether the money was paid out. */
    private static boolean withdraw(Lesson lesson, SharedInt balance, TracedLock account,
                                    boolean useLock, int think, int amount) {
        if (useLock) {
            account.lock();
        }
        try {
            boolean enough = balance.get() >= amount;         // check
            lesson.note("bank-withdrawal.note.check", amount, enough);
            if (!enough) {
                return false;
            }
            if (think > 0) {
                lesson.sleep(think);                          // think: the other thread may run now
            }
            int current = balance.get();
            balance.set(current - amount);                    // act
            return true;
        } finally {
            if (useLock) {
                account.unlock();
            }
        }
    }
}
