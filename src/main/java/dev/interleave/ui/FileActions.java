package dev.interleave.ui;

import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.RecordingFormatException;
import dev.interleave.ui.session.LessonSession;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Open, Save and Export: file choosers, and one clear message (in the user's language) for whatever went
 * right or wrong. A file that is not a recording changes nothing. FX thread only.
 */
final class FileActions {
    private final LessonSession session;
    private final Texts texts;
    private final Supplier<Window> owner;

    FileActions(LessonSession session, Supplier<Window> owner) {
        this.session = session;
        this.texts = session.texts();
        this.owner = owner;
    }

    /** Opens and shows a recording; refuses anything else with one message. */
    void open(Path file) {
        try {
            session.openRecording(RecordingFile.read(file));
            session.say(texts.get("file.opened", file.getFileName()));
        } catch (RecordingFormatException e) {
            session.say(texts.get("file.cannot.open", file.getFileName(), texts.get("file.refused." + e.reason().name())));
        } catch (IllegalArgumentException e) {
            session.say(texts.get("file.cannot.open", file.getFileName(), texts.get("file.refused.LESSON")));
        } catch (IOException e) {
            session.say(texts.get("file.cannot.open", file.getFileName(), reason(e)));
        }
    }

    void chooseAndOpen() {
        File file = chooser("file.recordings", RecordingFile.EXTENSION).showOpenDialog(owner.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    void chooseAndSave() {
        FileChooser chooser = chooser("file.recordings", RecordingFile.EXTENSION);
        chooser.setInitialFileName(session.scenarioProperty().get().id() + "." + RecordingFile.EXTENSION);
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            write(file, () -> session.save(file.toPath()), "file.saved");
        }
    }

    void chooseAndExport() {
        FileChooser chooser = chooser("file.trace", "json");
        chooser.setInitialFileName(session.scenarioProperty().get().id() + ".trace.json");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            write(file, () -> session.exportTrace(file.toPath()), "file.exported");
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private void write(File file, Writing writing, String doneKey) {
        try {
            writing.run();
            session.say(texts.get(doneKey, file.getName()));
        } catch (IOException e) {
            session.say(texts.get("file.cannot.save", file.getName(), reason(e)));
        }
    }

    private FileChooser chooser(String descriptionKey, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get(descriptionKey), "*." + extension));
        return chooser;
    }

    private String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> texts.get("file.missing");
            case AccessDeniedException d -> texts.get("file.denied");
            default -> e.getClass().getSimpleName();
        };
    }
}
