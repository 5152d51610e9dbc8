package dev.interleave.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A recording past its memory cap: spilled to disk it loses nothing and reads the same; without disk it
 * drops its oldest events, keeps the newest ones it promised, says so, and never throws at a producer.
 */
class RecordingCapTest {
    private static final int PRODUCERS = 4;
    private static final int PER_PRODUCER = 50_000;
    private static final long CAP = RecordingLimits.MIN_MEMORY_EVENTS;

    @TempDir
    Path dir;

    @Test
    void pastTheCapEventsSpillToAFileAndAllStillReadBack() throws Exception {
        Recording recording = new Recording(RecordingLimits.spillTo(dir, CAP));
        Producers.join(Producers.start(recording, PRODUCERS, PER_PRODUCER));

        assertThat(recording.size()).isEqualTo((long) PRODUCERS * PER_PRODUCER);
        assertThat(recording.overflow()).isEqualTo(Recording.Overflow.SPILLED);
        assertThat(recording.firstAvailable()).isZero();
        assertThat(recording.droppedEvents()).isZero();
        assertThat(recording.spilledEvents()).isGreaterThanOrEqualTo(recording.size() - CAP);
        assertThat(recording.spillFile()).exists().hasParent(dir);
        long[] first = Producers.assertInOrderFrom(recording, 0, PRODUCERS);
        assertThat(first).containsExactly(-1, 0, 0, 0, 0);
    }

    /**
     * Lesson threads get interrupted (a lesson about interrupts, a reset), and it may happen while one of them
     * moves chunks to the spill file or a reader reads one back: the file must not close under them, which
     * an interruptible channel does, taking every spilled event with it.
     */
    @Test
    void anInterruptedProducerOrReaderLosesNothingAndKeepsItsInterrupt() throws Exception {
        Recording recording = new Recording(RecordingLimits.spillTo(dir, CAP));
        boolean[] stillInterrupted = new boolean[2];
        Thread producer = Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            for (int i = 0; i < 20_000; i++) {
                recording.valueWritten(1, 1, i);
            }
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        producer.join();
        Thread reader = Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            recording.event(0);
            stillInterrupted[1] = Thread.currentThread().isInterrupted();
        });
        reader.join();

        assertThat(recording.overflow()).isEqualTo(Recording.Overflow.SPILLED);
        assertThat(stillInterrupted).containsExactly(true, true);
        for (long seq = 0; seq < 20_000; seq++) {
            assertThat(((Event.ValueWritten) recording.event(seq)).value()).isEqualTo(seq);
        }
    }

    @Test
    void aHistoryOfASpilledRecordingShowsWhatOneInMemoryShows() {
        Recording spilled = new Recording(RecordingLimits.spillTo(dir, CAP));
        Recording inMemory = new Recording();
        for (Recording r : List.of(spilled, inMemory)) {
            r.threadCreated(1, "T1", false, false, 0);
            r.objectCreated(0, 0, ObjectKind.INT_VARIABLE, "x", 0, -1);
            for (int i = 0; i < 20_000; i++) {
                r.valueWritten(1, 0, i);
            }
        }
        History fromDisk = new History(spilled, 100);
        History fromMemory = new History(inMemory, 100);
        fromDisk.advance(Integer.MAX_VALUE);
        fromMemory.advance(Integer.MAX_VALUE);

        for (long at : new long[] {0, 2, 1_000, 5_555, 19_999, 20_002}) {
            assertThat(value(fromDisk.stateAt(at))).as("at %d", at).isEqualTo(value(fromMemory.stateAt(at)));
        }
    }

    private static Long value(WorldState state) {
        ObjectModel.Variable x = state.object(0, ObjectModel.Variable.class);
        return x == null ? null : x.value();
    }

    @Test
    void withoutADiskTheOldestEventsAreDroppedAndTheNewestKept() throws Exception {
        Recording recording = new Recording(RecordingLimits.dropOldest(4 * 1024));
        Producers.join(Producers.start(recording, PRODUCERS, PER_PRODUCER));
        long size = recording.size();

        assertThat(size).isEqualTo((long) PRODUCERS * PER_PRODUCER);
        assertThat(recording.overflow()).isEqualTo(Recording.Overflow.DROPPED);
        long first = recording.firstAvailable();
        assertThat(recording.droppedEvents()).isEqualTo(first);
        // the promise: the newest (cap - one chunk being filled - one allocated ahead) events are kept
        assertThat(first).isPositive().isLessThanOrEqualTo(size - (4 * 1024 - 1536));
        Producers.assertInOrderFrom(recording, first, PRODUCERS);
        assertThatThrownBy(() -> recording.event(first - 1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("dropped");
        assertThat(recording.spillFile()).isNull();
    }

    @Test
    void aDiskThatRefusesTheFileMeansDroppingNotFailing() {
        Recording recording = new Recording(RecordingLimits.spillTo(dir.resolve("missing"), CAP));
        for (int i = 0; i < 10_000; i++) {
            recording.valueWritten(1, 1, i);
        }

        assertThat(recording.size()).isEqualTo(10_000);
        assertThat(recording.overflow()).isEqualTo(Recording.Overflow.DROPPED);
        assertThat(((Event.ValueWritten) recording.event(9_999)).value()).isEqualTo(9_999);
        assertThat(recording.spilledEvents()).isZero();
    }

    @Test
    void aHistoryThatKeepsUpSurvivesDroppingAndOneThatLagsSaysItLostTrack() {
        Recording recording = new Recording(RecordingLimits.dropOldest(CAP));
        History keepsUp = new History(recording, 64);
        History lags = new History(recording, 64);
        recording.threadCreated(1, "T1", false, false, 0);
        recording.objectCreated(0, 0, ObjectKind.INT_VARIABLE, "x", 0, -1);
        for (int i = 0; i < 10_000; i++) {
            recording.valueWritten(1, 0, i);
            keepsUp.advance(Integer.MAX_VALUE);
        }

        assertThat(value(keepsUp.live())).isEqualTo(9_999L);
        assertThat(keepsUp.lostTrack()).isFalse();
        assertThat(lags.advance(Integer.MAX_VALUE)).isZero();
        assertThat(lags.lostTrack()).isTrue();
        assertThat(keepsUp.stateAt(10_002 - 10).applied()).isEqualTo(9_992);
        assertThatThrownBy(() -> keepsUp.stateAt(30)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /**
     * Many rounds of producers racing past a tiny cap: evicting waits for the last slots of the chunk it
     * evicts, so no producer may ever wait for eviction while it holds an unpublished slot (an earlier version
     * did, and hung here within a few rounds). The timeout only turns a hang into a failure.
     */
    @Test
    @Timeout(120)
    void producersRacingPastATinyCapNeverWaitForEachOther() throws Exception {
        for (int round = 0; round < 100; round++) {
            RecordingLimits limits = round % 2 == 0 ? RecordingLimits.spillTo(dir, CAP)
                    : RecordingLimits.dropOldest(CAP + 1024L * (round % 3));
            Recording recording = new Recording(limits);
            Producers.join(Producers.start(recording, PRODUCERS, 20_000));

            assertThat(recording.size()).isEqualTo(PRODUCERS * 20_000L);
            Producers.assertInOrderFrom(recording, recording.firstAvailable(), PRODUCERS);
        }
    }
}
