package dev.interleave.trace;

import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's index over whole real runs (free mode, so any interleaving): one lane per thread in the order
 * they were made, each lane's spans agreeing with the thread's state, and every cause arrow joining the event
 * that caused a wake-up to the wake-up itself. Fed through a history (as the app does) and through its own
 * state (as the Chrome export does), it must come out the same.
 */
class TimelineIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"bank-withdrawal", "barrier", "condition", "producer-consumer", "event-signal"})
    void lanesSpansAndArrowsAgreeWithTheRun(String lessonId) throws Exception {
        Recording recording = wholeRun(Catalog.find(lessonId));

        TimelineIndex own = new TimelineIndex();
        WorldState shadow = new WorldState();
        Map<Integer, Thread.State> stateAfter = new HashMap<>();
        List<Event> events = recordingEvents(recording);
        for (Event e : events) {
            own.feed(e);
            Reducer.apply(shadow, e);
            // The lane's span at this event is the state of every thread just after it.
            for (TimelineIndex.Lane lane : own.lanes()) {
                ThreadModel t = shadow.thread(lane.thread());
                if (t != null && t.state() != stateAfter.get(lane.thread())) {
                    stateAfter.put(lane.thread(), t.state());
                    assertThat(lane.spanState(lane.spanAt(e.seq()))).as("%s at %s", lane.name(), e)
                            .isEqualTo(t.state());
                }
            }
        }

        List<String> created = events.stream().filter(e -> e instanceof Event.ThreadCreated)
                .map(e -> ((Event.ThreadCreated) e).name()).toList();
        assertThat(own.lanes()).extracting(TimelineIndex.Lane::name).containsExactlyElementsOf(created);
        for (TimelineIndex.Arrow a : own.arrows()) {
            Event to = events.get((int) a.toSeq());
            assertThat(a.fromSeq()).isLessThan(a.toSeq());
            assertThat(a.fromThread()).isNotEqualTo(a.toThread()).isEqualTo(events.get((int) a.fromSeq()).thread());
            assertThat(to.thread()).isEqualTo(a.toThread());
            switch (a.cause()) {
                case UNLOCK -> assertThat(to).isInstanceOf(Event.LockAcquired.class);
                case BARRIER -> assertThat(to).isInstanceOf(Event.BarrierPassed.class);
                default -> { }
            }
        }
        if (lessonId.equals("barrier")) {
            long trips = events.stream().filter(e -> e instanceof Event.BarrierTripped).count();
            long passes = events.stream().filter(e -> e instanceof Event.BarrierPassed).count();
            assertThat(trips).isPositive();
            // Every party passes; the one that tripped it was not woken by anyone.
            assertThat(own.arrows()).filteredOn(a -> a.cause() == TimelineIndex.Cause.BARRIER)
                    .hasSize((int) (passes - trips));
        }

        TimelineIndex followed = new TimelineIndex();
        History history = new History(recording);
        while (history.advance(1_000, followed) > 0) {
            // until the whole recording is in
        }
        assertThat(followed.arrows()).isEqualTo(own.arrows());
        assertThat(followed.lanes()).hasSameSizeAs(own.lanes());
        for (int i = 0; i < own.lanes().size(); i++) {
            TimelineIndex.Lane a = own.lanes().get(i);
            TimelineIndex.Lane b = followed.lanes().get(i);
            assertThat(b.spans()).isEqualTo(a.spans());
            assertThat(b.markers()).isEqualTo(a.markers());
            for (int s = 0; s < a.spans(); s++) {
                assertThat(b.spanStart(s)).isEqualTo(a.spanStart(s));
                assertThat(b.spanState(s)).isEqualTo(a.spanState(s));
                assertThat(b.spanObject(s)).isEqualTo(a.spanObject(s));
            }
        }
    }

    /**
     * Taking a lock moves only the queued threads that asked while it was free (still running until then);
     * those already blocked on it keep their span. A recording built by hand, so the race is there every time.
     */
    @Test
    void takingALockBlocksOnlyTheThreadsThatAskedWhileItWasFree() {
        Recording r = new Recording();
        r.objectCreated(0, 0, ObjectKind.LOCK, "account", 0, -1);
        for (int t = 1; t <= 3; t++) {
            r.threadCreated(t, "T" + t, false, false, 0);
            r.threadStarted(t, 0);
        }
        r.lockRequested(1, 0); // free: T1 and T2 race for it
        r.lockRequested(2, 0);
        long firstTaking = r.lockAcquired(1, 0, 1); // T1 wins; T2 is now blocked on it
        long t3Asks = r.lockRequested(3, 0); // held: T3 blocks at once
        r.lockReleased(1, 0, 0);
        long secondTaking = r.lockAcquired(2, 0, 1); // T3 stays blocked, its span unchanged
        TimelineIndex index = new TimelineIndex();
        recordingEvents(r).forEach(index::feed);

        TimelineIndex.Lane t2 = index.lanes().get(1);
        TimelineIndex.Lane t3 = index.lanes().get(2);
        assertThat(t2.spanState(t2.spanAt(firstTaking - 1))).isEqualTo(Thread.State.RUNNABLE);
        assertThat(t2.spanState(t2.spanAt(firstTaking))).isEqualTo(Thread.State.BLOCKED);
        assertThat(t2.spanState(t2.spanAt(secondTaking))).isEqualTo(Thread.State.RUNNABLE);
        assertThat(t3.spanState(t3.spanAt(secondTaking))).isEqualTo(Thread.State.BLOCKED);
        assertThat(t3.spanStart(t3.spanAt(secondTaking))).as("blocked since it asked").isEqualTo(t3Asks);
    }

    /** A timed wait that ends takes its lock back: a thread that asked for the lock meanwhile now blocks. */
    @Test
    void aWaitThatEndsBlocksTheThreadsThatAskedForTheLockMeanwhile() {
        Recording r = new Recording();
        r.objectCreated(0, 0, ObjectKind.LOCK, "lock", 0, -1);
        r.objectCreated(0, 1, ObjectKind.CONDITION, "ready", 0, 0);
        for (int t = 1; t <= 2; t++) {
            r.threadCreated(t, "T" + t, false, false, 0);
            r.threadStarted(t, 0);
        }
        r.lockRequested(1, 0);
        r.lockAcquired(1, 0, 1);
        r.waitStarted(1, 1, true); // lets go of the lock while it waits
        long asks = r.lockRequested(2, 0); // the lock is free: T2 is still running
        long ends = r.waitEnded(1, 1, true); // T1 takes the lock back first
        TimelineIndex index = new TimelineIndex();
        recordingEvents(r).forEach(index::feed);

        TimelineIndex.Lane t2 = index.lanes().get(1);
        assertThat(t2.spanState(t2.spanAt(asks))).isEqualTo(Thread.State.RUNNABLE);
        assertThat(t2.spanState(t2.spanAt(ends))).isEqualTo(Thread.State.BLOCKED);
    }

    private static List<Event> recordingEvents(Recording recording) {
        List<Event> events = new ArrayList<>();
        recording.forEach(0, recording.size(), events::add);
        return events;
    }

    private static Recording wholeRun(Scenario lesson) throws InterruptedException {
        Run run = lesson.newRun(RunOptions.fast());
        run.start(lesson.script(lesson.defaults()));
        assertThat(run.awaitEnd(Duration.ofSeconds(20))).as("%s ends", lesson.id()).isTrue();
        return run.recording();
    }
}
