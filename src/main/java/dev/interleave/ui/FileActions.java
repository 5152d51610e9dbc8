package dev.interleave.ui;

import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.RecordingFormatException;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.session.OpenedRecording;
import javafx.application.Platform;
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

    /**
     * Reads a recording in the background (a large one takes seconds; the FX thread must not wait), then
     * shows it; anything that is not a recording is refused with one message and nothing changes.
     *
     * @param opened told on the FX thread once the recording is shown (not when it was refused)
     */
    void open(Path file, Runnable opened) {
        session.say(texts.get("file.opening", file.getFileName()));
        Thread.ofPlatform().name("interleave-open").daemon(true).start(() -> {
            try {
                OpenedRecording recording = OpenedRecording.reduce(RecordingFile.read(file));
                Platform.runLater(() -> show(file, recording, opened));
            } catch (RecordingFormatException e) {
                refuse(file, () -> texts.get("file.refused." + e.reason().name()));
            } catch (IOException e) {
                refuse(file, () -> reason(e));
            } catch (RuntimeException e) {
                refuse(file, () -> texts.get("file.refused.CORRUPT"));
            }
        });
    }

    private void show(Path file, OpenedRecording recording, Runnable opened) {
        try {
            session.openRecording(recording);
        } catch (IllegalArgumentException e) {
            session.say(texts.get("file.cannot.open", file.getFileName(), texts.get("file.refused.LESSON")));
            return;
        }
        session.say(texts.get("file.opened", file.getFileName()));
        opened.run();
    }

    /** Called off the FX thread: the message is worded on it. */
    private void refuse(Path file, Supplier<String> why) {
        Platform.runLater(() -> session.say(texts.get("file.cannot.open", file.getFileName(), why.get())));
    }

    void chooseAndOpen() {
        File file = chooser("file.recordings", RecordingFile.EXTENSION).showOpenDialog(owner.get());
        if (file != null) {
            open(file.toPath(), () -> { });
        }
    }

    void chooseAndSave() {
        FileChooser chooser = chooser("file.recordings", RecordingFile.EXTENSION);
        chooser.setInitialFileName(session.scenarioProperty().get().id() + "." + RecordingFile.EXTENSION);
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            write(file, session.saveTask(file.toPath()), "file.saved");
        }
    }

    void chooseAndExport() {
        FileChooser chooser = chooser("file.trace", "json");
        chooser.setInitialFileName(session.scenarioProperty().get().id() + ".trace.json");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            write(file, session.exportTask(file.toPath()), "file.exported");
        }
    }

    /** Writes in the background (a long run's file takes a while), then says how it went, on the FX thread. */
    private void write(File file, LessonSession.FileTask task, String doneKey) {
        session.say(texts.get("file.saving", file.getName()));
        Thread.ofPlatform().name("interleave-save").daemon(true).start(() -> {
            try {
                task.run();
                Platform.runLater(() -> session.say(texts.get(doneKey, file.getName())));
            } catch (IOException e) {
                Platform.runLater(() -> session.say(texts.get("file.cannot.save", file.getName(), reason(e))));
            }
        });
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
