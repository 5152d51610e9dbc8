package dev.interleave.scenario;

import dev.interleave.scenario.lessons.Race_01_BankWithdrawal;

import java.util.List;

/** Every built-in lesson, in curriculum order (the order of their class names). */
public final class Catalog {
    private static final List<Scenario> ALL = List.of(
            new Race_01_BankWithdrawal());

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
