package dev.interleave.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times are stored as offsets from their chunk's base time; those too far from it (a slow run, a step every
 * few seconds) are kept whole, in memory and in the spill file alike.
 */
class RecordingTimesTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    /** Times of a run that goes quickly, stops for a while, goes back a hair (another core's clock), ... */
    private static long timeOf(long seq) {
        long slowStretch = seq / 700; // every 700 events, a three-second wait: chunks span more than 2^31 ns
        return 5 * SECOND + slowStretch * 3 * SECOND + seq * 40 - (seq % 7 == 3 ? 90 : 0);
    }

    private static Recording filled(Recording r, int count) {
        for (long seq = 0; seq < count; seq++) {
            r.append(new Event.SleepEnded(seq, timeOf(seq), 1));
        }
        return r;
    }

    @Test
    void everyTimeReadsBackAsRecordedInMemory() {
        Recording r = filled(new Recording(), 10_000);
        for (long seq = 0; seq < r.size(); seq++) {
            assertThat(r.nanosOf(seq)).as("event %d", seq).isEqualTo(timeOf(seq));
            assertThat(r.event(seq).nanos()).isEqualTo(timeOf(seq));
        }
    }

    @Test
    void everyTimeReadsBackAsRecordedFromTheSpillFile() {
        Recording r = filled(new Recording(RecordingLimits.spillTo(dir, RecordingLimits.MIN_MEMORY_EVENTS)), 10_000);
        assertThat(r.overflow()).isEqualTo(Recording.Overflow.SPILLED);
        for (long seq = 0; seq < r.size(); seq++) {
            assertThat(r.nanosOf(seq)).as("event %d", seq).isEqualTo(timeOf(seq));
        }
    }
}
