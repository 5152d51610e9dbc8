package dev.interleave.ui;

import dev.interleave.engine.Run;
import dev.interleave.ui.session.LessonSession;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starting the real app in a TestFX stage, and waiting (off the FX thread) for a run to settle on screen. */
public final class UiTestSupport {
    private UiTestSupport() {}

    /** Starts the app on {@code stage} with fresh, test-only preferences, in English. */
    public static InterleaveApp startApp(Stage stage) throws Exception {
        System.setProperty("interleave.prefs", "dev/interleave/test");
        AppPrefs prefs = AppPrefs.forUser();
        prefs.clear();
        prefs.setLanguage(Texts.ENGLISH);
        prefs.flush();
        InterleaveApp app = new InterleaveApp();
        app.start(stage);
        return app;
    }

    public static LessonSession session(FxRobot robot) {
        return robot.lookup("#main-window").queryAs(MainWindow.class).session();
    }

    /** Reads a value on the FX thread. */
    public static <T> T onFx(Callable<T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(read.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until the current run has settled (nothing moves without the user) and the screen shows every
     * event recorded so far.
     */
    public static void awaitSettledOnScreen(FxRobot robot) throws TimeoutException {
        LessonSession session = session(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Run run = onFx(() -> session.runProperty().get());
            if (!run.awaitSettled(java.time.Duration.ofMillis(200)) && !run.ended()) {
                return false;
            }
            long recorded = run.recording().size();
            return onFx(() -> session.world().applied()) == recorded;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
