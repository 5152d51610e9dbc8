package dev.interleave;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which arguments open the app on a recording (a file manager's "open with") and which go to the CLI. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingRecordingOpensTheAppOnItsAbsolutePath() throws IOException {
        Path file = Files.createFile(dir.resolve("bank race.ilrec"));
        assertThat(Main.recordingToOpen(new String[] {file.toString()})).contains(file.toAbsolutePath());
        assertThat(Main.recordingToOpen(new String[] {dir.resolve("sub/../bank race.ilrec").toString()}))
                .contains(file.toAbsolutePath().normalize());
    }

    @Test
    void theExtensionMatchesInAnyCase() throws IOException {
        Path file = Files.createFile(dir.resolve("RUN.ILREC"));
        assertThat(Main.recordingToOpen(new String[] {file.toString()})).contains(file.toAbsolutePath());
    }

    @Test
    void everythingElseGoesToTheCli() throws IOException {
        Path other = Files.createFile(dir.resolve("notes.txt"));
        Path folder = Files.createDirectory(dir.resolve("folder.ilrec"));
        Path recording = Files.createFile(dir.resolve("run.ilrec"));
        assertThat(Main.recordingToOpen(new String[] {})).isEmpty();
        assertThat(Main.recordingToOpen(new String[] {"list"})).isEmpty();
        assertThat(Main.recordingToOpen(new String[] {other.toString()})).isEmpty();
        assertThat(Main.recordingToOpen(new String[] {folder.toString()})).isEmpty();
        assertThat(Main.recordingToOpen(new String[] {dir.resolve("missing.ilrec").toString()})).isEmpty();
        assertThat(Main.recordingToOpen(new String[] {"run", recording.toString()})).isEmpty();
        assertThat(Main.recordingToOpen(new String[] {recording.toString(), recording.toString()})).isEmpty();
    }
}
