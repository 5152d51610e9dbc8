package dev.interleave.ui.session;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood's one log line: its count written a few times a second, and whole when the flood ends. */
class FloodNoteTest {
    private final List<LogLine> log = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final FloodNote note = new FloodNote(log, log::add, events -> {
        String text = events + " went by";
        written.add(text);
        return text;
    });

    private String last() {
        return log.getLast().text();
    }

    @Test
    void aFloodHasOneLineWhoseCountIsWrittenEveryFewPulsesAndWholeAtItsEnd() {
        for (int pulse = 0; pulse <= 2 * FloodNote.PULSES_PER_COUNT; pulse++) {
            note.pulse(100, false);
        }
        assertThat(log).hasSize(1);
        assertThat(written).containsExactly("100 went by", (1 + FloodNote.PULSES_PER_COUNT) * 100 + " went by",
                (1 + 2 * FloodNote.PULSES_PER_COUNT) * 100 + " went by");
        note.pulse(100, false);
        note.pulse(0, false); // the flood is over
        assertThat(last()).isEqualTo((2 + 2 * FloodNote.PULSES_PER_COUNT) * 100 + " went by");
        note.pulse(0, false);
        assertThat(written).hasSize(4);
    }

    @Test
    void beforeAnyOtherLineIsAddedItSaysItsWholeCount() {
        note.pulse(50, false);
        note.pulse(30, false); // pending: not written yet
        assertThat(last()).isEqualTo("50 went by");
        note.flush(); // as the session does before it adds a line of its own ("the run is stuck")
        log.add(new LogLine(-1, -1, -1, "stuck", LogLine.Kind.PROBLEM));
        note.pulse(5, false);
        assertThat(log).extracting(LogLine::text).containsExactly("80 went by", "stuck", "5 went by");
    }

    @Test
    void toldLinesAfterItMakeItSayItsCountAtOnceAndTheNextFloodHasALineOfItsOwn() {
        note.pulse(50, false);
        note.pulse(30, true);
        assertThat(last()).isEqualTo("80 went by");
        log.add(new LogLine(1, 1, -1, "T1 reads balance", LogLine.Kind.STEP));
        note.pulse(7, false);
        assertThat(log).extracting(LogLine::text).containsExactly("80 went by", "T1 reads balance", "7 went by");
    }
}
