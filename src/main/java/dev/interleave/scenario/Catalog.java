package dev.interleave.scenario;

import dev.interleave.scenario.lessons.L01_Race_BankWithdrawal;
import dev.interleave.scenario.lessons.L02_Race_LostUpdate;
import dev.interleave.scenario.lessons.L03_Lock_Semaphore;
import dev.interleave.scenario.lessons.L04_Lock_Reentrant;
import dev.interleave.scenario.lessons.L05_Signal_Event;
import dev.interleave.scenario.lessons.L06_Signal_Condition;
import dev.interleave.scenario.lessons.L07_Queue_ProducerConsumer;
import dev.interleave.scenario.lessons.L08_Barrier_Rendezvous;
import dev.interleave.scenario.lessons.L09_Deadlock_LockOrder;
import dev.interleave.scenario.lessons.L10_Thread_JoinAndDaemon;
import dev.interleave.scenario.lessons.L11_Thread_VirtualThreads;

import java.util.List;

/**
 * Every built-in lesson, in curriculum order: races, locks, signalling, queues, coordination, deadlock, threads
 * (the order of {@link Topic}). The class names start with the lesson's number, so they sort the same way.
 */
public final class Catalog {
    private static final List<Scenario> ALL = List.of(
            new L01_Race_BankWithdrawal(),
            new L02_Race_LostUpdate(),
            new L03_Lock_Semaphore(),
            new L04_Lock_Reentrant(),
            new L05_Signal_Event(),
            new L06_Signal_Condition(),
            new L07_Queue_ProducerConsumer(),
            new L08_Barrier_Rendezvous(),
            new L09_Deadlock_LockOrder(),
            new L10_Thread_JoinAndDaemon(),
            new L11_Thread_VirtualThreads());

    private Catalog() {}

    public static List<Scenario> all() {
        return ALL;
    }

    /** The lesson with this id, or null. */
    public static Scenario find(String id) {
        for (Scenario s : ALL) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
