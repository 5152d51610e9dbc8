package dev.interleave.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Many producers, one recording: every sequence number is used exactly once and nothing is lost. */
class RecordingConcurrencyTest {
    private static final int PRODUCERS = 4;
    private static final int PER_PRODUCER = 2_500_000; // 10M events in all

    @Test
    void tenMillionEventsFromFourThreadsArriveExactlyOnce() throws Exception {
        Recording recording = new Recording();
        List<Thread> producers = Producers.start(recording, PRODUCERS, PER_PRODUCER);
        // A reader follows while they write: the published prefix only ever grows and has no holes, and its
        // newest event, just published, reads whole (its tail written before its head made it visible).
        long seen = 0;
        while (producers.stream().anyMatch(Thread::isAlive)) {
            long size = recording.size();
            assertThat(size).isGreaterThanOrEqualTo(seen);
            if (size > 0) {
                Event.ValueWritten newest = (Event.ValueWritten) recording.event(size - 1);
                assertThat(newest.seq()).isEqualTo(size - 1);
                Producers.assertWhole(newest);
            }
            seen = size;
        }
        Producers.join(producers);

        assertThat(recording.size()).isEqualTo((long) PRODUCERS * PER_PRODUCER);
        long[] first = Producers.assertInOrderFrom(recording, 0, PRODUCERS);
        for (int p = 1; p <= PRODUCERS; p++) {
            assertThat(first[p]).isZero();
        }
    }

    @Test
    void everyEventTypeReadsBackAsItWasWritten() {
        Recording r = new Recording();
        r.threadCreated(1, "T1", true, false, 0);
        r.objectCreated(0, 3, ObjectKind.QUEUE, "tasks", 4, -1);
        r.itemPut(1, 3, "task 1", 1);
        r.valueWritten(1, 2, -25);
        r.valueWritten(1, 2, Long.MIN_VALUE);
        r.latchCountedDown(1, 5, 1L << 40);
        r.deadlockDetected(1, List.of(1, 2), List.of(7, 8), true);
        r.threadTerminated(1, "java.lang.IllegalStateException", "boom");
        r.note(1, "key", List.of("a", "b"));

        assertThat(r.event(0)).isEqualTo(new Event.ThreadCreated(0, r.event(0).nanos(), 1, "T1", true, false, 0));
        assertThat(r.event(1)).isEqualTo(new Event.ObjectCreated(1, r.event(1).nanos(), 0, 3, ObjectKind.QUEUE, "tasks", 4, -1));
        assertThat(((Event.ItemPut) r.event(2)).item()).isEqualTo("task 1");
        assertThat(((Event.ValueWritten) r.event(3)).value()).isEqualTo(-25);
        assertThat(((Event.ValueWritten) r.event(4)).value()).isEqualTo(Long.MIN_VALUE);
        assertThat(((Event.LatchCountedDown) r.event(5)).remaining()).isEqualTo(1L << 40);
        assertThat(((Event.DeadlockDetected) r.event(6)).threads()).containsExactly(1, 2);
        assertThat(((Event.ThreadTerminated) r.event(7)).message()).isEqualTo("boom");
        assertThat(((Event.Note) r.event(8)).args()).containsExactly("a", "b");
    }

    @Test
    void compareAndSetsOnIntsAndOnLongsReadBackTheSameAndReplayTheSame() {
        Recording r = new Recording();
        r.compareAndSet(1, 2, 5, 6, true);
        r.compareAndSet(1, 2, -7, 8, false);
        r.compareAndSet(1, 2, 1L << 40, 3, true);
        r.stepPending(1, Op.READ, 2, 9, "ForkJoinPool-1-worker-1");

        List<Event> events = List.of(r.event(0), r.event(1), r.event(2), r.event(3));
        assertThat(events.get(0)).isEqualTo(new Event.CompareAndSet(0, events.get(0).nanos(), 1, 2, 5, 6, true));
        assertThat(events.get(1)).isEqualTo(new Event.CompareAndSet(1, events.get(1).nanos(), 1, 2, -7, 8, false));
        assertThat(events.get(2)).isEqualTo(new Event.CompareAndSet(2, events.get(2).nanos(), 1, 2, 1L << 40, 3, true));
        assertThat(((Event.StepPending) events.get(3)).carrier()).isEqualTo("ForkJoinPool-1-worker-1");
        Recording copy = new Recording();
        events.forEach(copy::append);
        for (int i = 0; i < events.size(); i++) {
            assertThat(copy.event(i)).isEqualTo(events.get(i));
        }
    }
}
