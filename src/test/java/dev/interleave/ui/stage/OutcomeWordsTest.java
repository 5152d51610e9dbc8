package dev.interleave.ui.stage;

import dev.interleave.scenario.Grade;
import dev.interleave.trace.Event;
import dev.interleave.ui.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcome banner calls only a cycle of waiting threads a deadlock; threads left waiting are stuck. */
class OutcomeWordsTest {
    private static Event.DeadlockDetected stopped(boolean cycle) {
        return new Event.DeadlockDetected(9, 0, 1, List.of(1, 2), List.of(0, 1), cycle);
    }

    @Test
    void aCycleIsADeadlock() {
        assertThat(StagePane.gradeWords(new Texts(Texts.ENGLISH), Grade.FORBIDDEN, stopped(true)))
                .isEqualTo("DEADLOCK \u00b7 FORBIDDEN");
    }

    @Test
    void threadsLeftWaitingForANotifyAreStuckNotDeadlocked() {
        assertThat(StagePane.gradeWords(new Texts(Texts.ENGLISH), Grade.FORBIDDEN, stopped(false)))
                .isEqualTo("STUCK \u00b7 FORBIDDEN");
        assertThat(StagePane.gradeWords(new Texts(Texts.KOREAN), Grade.FORBIDDEN, stopped(false)))
                .isEqualTo("영원히 대기 \u00b7 금지");
    }

    @Test
    void aRunThatEndedWellOrRanToItsEndIsJustItsGrade() {
        assertThat(StagePane.gradeWords(new Texts(Texts.ENGLISH), Grade.ACCEPTABLE, stopped(true)))
                .isEqualTo("ACCEPTABLE");
        assertThat(StagePane.gradeWords(new Texts(Texts.ENGLISH), Grade.INTERESTING, null))
                .isEqualTo("INTERESTING");
    }
}
