package dev.interleave.trace;

import dev.interleave.engine.Gate;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.engine.Schedule;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Save, open, and refuse what is not a recording. */
class RecordingFileTest {
    private static final RecordingHeader HEADER =
            new RecordingHeader("bank-withdrawal", Map.of("lock", "off", "think", "1"), 7, "STEP", List.of("T1", "T2"));

    @TempDir
    Path dir;

    private static Recording realRun() throws Exception {
        Scenario bank = Catalog.find("bank-withdrawal");
        Run run = bank.newRun(RunOptions.interactive(Gate.Mode.STEP));
        run.start(bank.script(bank.defaults().with("lock", "off").with("think", "1")));
        Schedule.of("T1", "T2", "T1", "T1", "T1", "T2", "T2", "T2").follow(run, Duration.ofSeconds(5));
        assertThat(run.awaitEnd(Duration.ofSeconds(5))).isTrue();
        return run.recording();
    }

    @Test
    void saveThenOpenGivesBackEveryEvent() throws Exception {
        Recording original = realRun();
        Path file = dir.resolve("bank." + RecordingFile.EXTENSION);

        RecordingFile.write(file, HEADER, original);
        RecordingFile.Loaded loaded = RecordingFile.read(file);

        assertThat(loaded.header()).isEqualTo(HEADER);
        assertThat(loaded.recording().size()).isEqualTo(original.size());
        for (long seq = 0; seq < original.size(); seq++) {
            assertThat(loaded.recording().event(seq)).isEqualTo(original.event(seq));
        }
    }

    /**
     * A file saved before {@code StepPending} had its {@code carrier} component (bank-withdrawal, think=0,
     * made with the build of commit 0677e20): it still opens, its steps with no carrier.
     */
    @Test
    void aFileFromBeforeAComponentWasAddedStillOpens() throws Exception {
        RecordingFile.Loaded loaded;
        try (var in = getClass().getResourceAsStream("/recordings/bank-before-carrier.ilrec")) {
            loaded = RecordingFile.read(in);
        }

        assertThat(loaded.header().lesson()).isEqualTo("bank-withdrawal");
        assertThat(loaded.recording().size()).isEqualTo(29);
        List<Event.StepPending> steps = new java.util.ArrayList<>();
        loaded.recording().forEach(0, 29, e -> {
            if (e instanceof Event.StepPending p) {
                steps.add(p);
            }
        });
        assertThat(steps).isNotEmpty().allSatisfy(p -> assertThat(p.carrier()).isNull());
    }

    private byte[] saved() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordingFile.write(bytes, HEADER, realRun());
        return bytes.toByteArray();
    }

    private void assertRefused(byte[] content, String messageStart) throws Exception {
        Path file = dir.resolve("bad." + RecordingFile.EXTENSION);
        Files.write(file, content);
        assertThatThrownBy(() -> RecordingFile.read(file))
                .isInstanceOf(RecordingFormatException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aForeignFileIsRefused() throws Exception {
        assertRefused("{\"traceEvents\": []}".getBytes(StandardCharsets.UTF_8), "not an Interleave recording");
        assertRefused(new byte[0], "not an Interleave recording");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        byte[] whole = saved();
        assertRefused(Arrays.copyOf(whole, whole.length / 2), "truncated");
        assertRefused(Arrays.copyOf(whole, 30), "truncated");
    }

    @Test
    void aCorruptFileIsRefused() throws Exception {
        byte[] bytes = saved();
        for (int i = 40; i < bytes.length - 10; i += 7) {
            bytes[i] ^= 0x5A;
        }
        assertRefused(bytes, "corrupt");
    }
}
