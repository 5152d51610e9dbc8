package dev.interleave.ui.session;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The log's one line for a flood of events too fast to tell one by one ("… 17,664 events at full speed, not
 * narrated one by one"): the first pulse of a flood adds it, later pulses raise its count. The count is written
 * at most every {@value #PULSES_PER_COUNT} pulses (about four times a second): a number rewritten sixty times a
 * second cannot be read, and each rewrite made the log's list lay its cells out again (UiBench stage64: a tenth
 * of the event pump's share of a pulse). It is brought up to date as soon as the flood ends or told lines
 * follow it, and before any other line is added ({@link #flush}). FX thread only.
 */
final class FloodNote {
    static final int PULSES_PER_COUNT = 15;

    private final List<LogLine> log;
    private final Consumer<LogLine> add;
    private final LongFunction<String> words;
    private LogLine line;
    private long count;
    private long shownCount;
    private int pulsesSinceShown;

    /**
     * Keeps its line in {@code log}, adds a new one with {@code add} (which may trim the log), and words a count
     * with {@code words}.
     */
    FloodNote(List<LogLine> log, Consumer<LogLine> add, LongFunction<String> words) {
        this.log = log;
        this.add = add;
        this.words = words;
    }

    /** Writes the whole count now if it is behind: call before another line is added after this one. */
    void flush() {
        if (line != null && !log.isEmpty() && log.getLast() == line && count != shownCount) {
            show();
        }
    }

    /**
     * One pulse: {@code skipped} events went by untold; {@code linesFollow} when told lines are added right
     * after it (this line must then say its final count now).
     */
    void pulse(long skipped, boolean linesFollow) {
        boolean ours = line != null && !log.isEmpty() && log.getLast() == line;
        if (skipped == 0) {
            flush(); // the flood is over: its full count
            return;
        }
        if (!ours) {
            count = skipped;
            line = lineFor(count);
            shownCount = count;
            pulsesSinceShown = 0;
            add.accept(line);
            return;
        }
        count += skipped;
        if (linesFollow || ++pulsesSinceShown >= PULSES_PER_COUNT) {
            show();
        }
    }

    private void show() {
        line = lineFor(count);
        log.set(log.size() - 1, line);
        shownCount = count;
        pulsesSinceShown = 0;
    }

    private LogLine lineFor(long events) {
        return new LogLine(-1, -1, -1, words.apply(events), LogLine.Kind.NOTE);
    }
}
