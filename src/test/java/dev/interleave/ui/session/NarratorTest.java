package dev.interleave.ui.session;

import dev.interleave.scenario.Catalog;
import dev.interleave.trace.Event;
import dev.interleave.trace.History;
import dev.interleave.trace.Recording;
import dev.interleave.trace.WorldState;
import dev.interleave.ui.Texts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** How the log words a thread that ended with an exception, with and without a message. */
class NarratorTest {
    private static String lastLine(Locale language, String exception, String message) {
        Recording recording = new Recording();
        recording.threadCreated(1, "worker-1", false, false, 0);
        recording.threadStarted(1, 0);
        recording.threadTerminated(1, exception, message);
        History history = new History(recording);
        Narrator narrator = new Narrator(new Texts(language), Catalog.all().getFirst());
        String[] last = new String[1];
        history.advance((int) recording.size(), new History.Follower() {
            @Override
            public void before(Event e, WorldState state) {
                LogLine line = narrator.describe(e, state);
                if (line != null) {
                    last[0] = line.text();
                }
            }

            @Override
            public void after(Event e, WorldState state) {
            }
        });
        return last[0];
    }

    @Test
    void anExceptionWithoutAMessageEndsAtItsName() {
        assertThat(lastLine(Texts.ENGLISH, "java.util.concurrent.TimeoutException", null))
                .isEqualTo("worker-1 ended with TimeoutException");
        assertThat(lastLine(Texts.KOREAN, "java.util.NoSuchElementException", null))
                .isEqualTo("worker-1이 NoSuchElementException 예외로 종료되었습니다");
    }

    @Test
    void anExceptionWithAMessageSaysIt() {
        assertThat(lastLine(Texts.ENGLISH, "java.lang.IllegalStateException", "pool is full"))
                .isEqualTo("worker-1 ended with IllegalStateException: pool is full");
    }
}
