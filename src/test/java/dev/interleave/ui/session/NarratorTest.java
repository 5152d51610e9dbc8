package dev.interleave.ui.session;

import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.Event;
import dev.interleave.trace.History;
import dev.interleave.trace.Recording;
import dev.interleave.trace.WorldState;
import dev.interleave.ui.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** How the log words a thread that ended with an exception, with and without a message, and a lesson's notes. */
class NarratorTest {
    /** The log's last line for {@code recording}, narrated in {@code language} for {@code lesson}. */
    private static String lastLine(Locale language, Recording recording, Scenario lesson) {
        History history = new History(recording);
        Narrator narrator = new Narrator(new Texts(language), lesson);
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

    private static Recording oneThread(String name) {
        Recording recording = new Recording();
        recording.threadCreated(1, name, false, false, 0);
        recording.threadStarted(1, 0);
        return recording;
    }

    private static String ended(Locale language, String exception, String message) {
        Recording recording = oneThread("worker-1");
        recording.threadTerminated(1, exception, message);
        return lastLine(language, recording, Catalog.all().getFirst());
    }

    @Test
    void anExceptionWithoutAMessageEndsAtItsName() {
        assertThat(ended(Texts.ENGLISH, "java.util.concurrent.TimeoutException", null))
                .isEqualTo("worker-1 ended with TimeoutException");
        assertThat(ended(Texts.KOREAN, "java.util.NoSuchElementException", null))
                .isEqualTo("worker-1이 NoSuchElementException 예외로 종료되었습니다");
    }

    @Test
    void anExceptionWithAMessageSaysIt() {
        assertThat(ended(Texts.ENGLISH, "java.lang.IllegalStateException", "pool is full"))
                .isEqualTo("worker-1 ended with IllegalStateException: pool is full");
    }

    @Test
    void aNotesNumbersAreWrittenTheLanguagesWay() {
        Recording recording = oneThread("main");
        recording.note(1, "virtual-threads.note.carriers", List.of("10000", "2"));
        Scenario lesson = Catalog.find("virtual-threads");
        assertThat(lastLine(Texts.ENGLISH, recording, lesson))
                .isEqualTo("main 10,000 virtual threads ran on 2 carrier threads");
        assertThat(lastLine(Texts.KOREAN, recording, lesson)).contains("가상 스레드 10,000개가 캐리어 스레드 2개에서");
        // An id is not a quantity: its pattern asks for it without grouping.
        Recording hello = oneThread("worker");
        hello.note(1, "join-and-daemon.note.hello", List.of("worker", "12345"));
        assertThat(lastLine(Texts.ENGLISH, hello, Catalog.find("join-and-daemon"))).endsWith("id 12345");
        assertThat(Narrator.noteArguments(List.of("-25", "true", "T1", "007x")))
                .containsExactly(-25L, "true", "T1", "007x");
    }
}
