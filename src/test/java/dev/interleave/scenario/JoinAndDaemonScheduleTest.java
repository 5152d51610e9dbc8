package dev.interleave.scenario;

import dev.interleave.engine.Ending;
import dev.interleave.engine.ThreadStatus;
import dev.interleave.testing.LessonStepper;
import dev.interleave.trace.Event;
import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** main starts a heartbeat daemon, worker-1 and a watcher (in that order), then joins. */
class JoinAndDaemonScheduleTest {

    private static LessonStepper start() {
        return LessonStepper.start("join-and-daemon", "workers=1")
                .steps("main", "main"); // starts the heartbeat, then worker-1
    }

    @Test
    void aWatcherStartedAfterTheWorkerEndedMissesIt() {
        try (LessonStepper run = start()) {
            run.toEnd("worker-1").steps("main"); // worker-1 is done before main starts the watcher

            assertThat(run.finish()).isEqualTo("missed-it");
        }
    }

    @Test
    void theWatcherSeesTheWorkerRunningThenEnded() {
        try (LessonStepper run = start()) {
            run.steps("main", "watcher"); // the watcher looks while worker-1 still waits at its first step

            assertThat(run.finish()).isEqualTo("joined");
        }
    }

    /** What the lesson's instructions tell a learner to do with the defaults: main (1) four times, then 4. */
    @Test
    void theInstructionsOrderShowsTheWatcherTheWorkerAlive() {
        try (LessonStepper run = LessonStepper.start("join-and-daemon")) {
            run.steps("main", "main", "main", "main", "watcher");

            assertThat(run.finish()).isEqualTo("joined");
        }
    }

    @Test
    void theDaemonIsStoppedWhenTheOthersAreDoneAndEveryThreadSaysItsNameAndId() {
        try (LessonStepper run = start()) {
            assertThat(run.finish()).isIn("joined", "missed-it");

            assertThat(run.ending()).isEqualTo(Ending.COMPLETED);
            assertThat(run.thread("heartbeat").daemon()).isTrue();
            assertThat(run.thread("heartbeat").status()).isEqualTo(ThreadStatus.TERMINATED);
            var recording = run.run().recording();
            var hellos = LongStream.range(0, recording.size()).mapToObj(recording::event)
                    .filter(e -> e instanceof Event.Note n && n.key().equals("join-and-daemon.note.hello"))
                    .map(e -> ((Event.Note) e).args()).toList();
            assertThat(hellos).extracting(args -> args.getFirst())
                    .containsExactlyInAnyOrder("main", "worker-1", "watcher", "heartbeat");
            assertThat(hellos).allSatisfy(args -> assertThat(args.get(1)).matches("\\d+"));
        }
    }
}
