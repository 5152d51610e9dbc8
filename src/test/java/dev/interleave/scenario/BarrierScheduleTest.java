package dev.interleave.scenario;

import dev.interleave.testing.LessonStepper;
import dev.interleave.trace.Event;
import dev.interleave.trace.Op;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Runners meet at the finish line after every phase. */
class BarrierScheduleTest {

    /** runner-1 reaches the finish line first and waits there. */
    private static LessonStepper runnerOneArrivesFirst(String variant) {
        LessonStepper run = LessonStepper.start("barrier", "runners=3", "phases=2", "work=1", "patience=2",
                "variant=" + variant);
        return run.until("runner-1", Op.BARRIER_AWAIT).steps("runner-1");
    }

    @Test
    void anImpatientRunnerAloneAtTheBarrierBreaksItForEveryone() {
        try (LessonStepper run = runnerOneArrivesFirst("timeout")) {
            assertThat(run.thread("runner-1").failure()).isInstanceOf(TimeoutException.class);

            assertThat(run.finish()).isEqualTo("broken");
            assertThat(run.thread("runner-2").failure()).isInstanceOf(BrokenBarrierException.class);
            assertThat(run.thread("runner-3").failure()).isInstanceOf(BrokenBarrierException.class);
            // Those who come to the broken barrier are turned away at once: they neither arrive nor wait.
            var recording = run.run().recording();
            List<Event> events = java.util.stream.LongStream.range(0, recording.size()).mapToObj(recording::event).toList();
            int broken = events.indexOf(events.stream().filter(e -> e instanceof Event.BarrierBroken).findFirst().orElseThrow());
            assertThat(events.subList(broken, events.size())).noneMatch(e -> e instanceof Event.BarrierArrived);
            assertThat(events.subList(broken + 1, events.size()).stream()
                    .filter(e -> e instanceof Event.BarrierBroken).map(Event::thread))
                    .containsExactlyInAnyOrder(run.thread("runner-2").id(), run.thread("runner-3").id());
        }
    }

    @Test
    void withoutATimeoutTheFirstRunnerWaitsForTheOthers() {
        try (LessonStepper run = runnerOneArrivesFirst("plain")) {
            assertThat(run.finish()).isEqualTo("all-passed");
        }
    }

    @Test
    void theLastRunnerToArriveRunsTheBarrierAction() {
        try (LessonStepper run = LessonStepper.start("barrier", "runners=2", "phases=1", "variant=action")) {
            run.until("runner-1", Op.BARRIER_AWAIT).steps("runner-1")
                    .until("runner-2", Op.BARRIER_AWAIT).steps("runner-2");

            assertThat(run.finish()).isEqualTo("all-passed");
            List<Event.Note> announcements = notes(run, "barrier.note.announce");
            assertThat(announcements).hasSize(1);
            assertThat(announcements.getFirst().thread()).isEqualTo(run.thread("runner-2").id());
            assertThat(announcements.getFirst().args()).containsExactly("1"); // the phase; the log names the thread
        }
    }

    private static List<Event.Note> notes(LessonStepper run, String key) {
        var recording = run.run().recording();
        return java.util.stream.LongStream.range(0, recording.size())
                .mapToObj(recording::event)
                .filter(e -> e instanceof Event.Note n && n.key().equals(key))
                .map(Event.Note.class::cast)
                .toList();
    }
}
