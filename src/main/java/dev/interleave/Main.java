package dev.interleave;

import dev.interleave.cli.Cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The entry point of the jar, of {@code mvn javafx:run} and of the packaged app's launcher. With a command it
 * runs the headless CLI; with none it opens the app. With exactly one argument that names an existing
 * recording file ({@code *.ilrec}: how a file manager opens a file associated with the app) it opens the app
 * on that recording: the absolute path is passed as the system property {@value #OPEN_PROPERTY}. It does not
 * extend {@code Application}, so the app starts from the plain classpath.
 */
public final class Main {
    /** The system property through which the app learns which recording to open at start-up. */
    public static final String OPEN_PROPERTY = "interleave.open";
    static final String RECORDING_EXTENSION = ".ilrec";

    private Main() {}

    public static void main(String[] args) {
        Optional<Path> recording = recordingToOpen(args);
        if (args.length == 0 || recording.isPresent()) {
            recording.ifPresent(path -> System.setProperty(OPEN_PROPERTY, path.toString()));
            dev.interleave.ui.Launcher.launch(new String[0]);
            return;
        }
        int code = Cli.run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /**
     * The recording the arguments ask the app to open: present only when they are one existing regular file
     * whose name ends in {@code .ilrec} (in any case), as its absolute, normalised path. Anything else is
     * for the CLI, which reports a missing file or an unknown command itself.
     */
    static Optional<Path> recordingToOpen(String[] args) {
        if (args.length != 1 || !args[0].toLowerCase(Locale.ROOT).endsWith(RECORDING_EXTENSION)) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(args[0]).toAbsolutePath().normalize();
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
