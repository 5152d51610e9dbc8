package dev.interleave.ui;

import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static dev.interleave.ui.UiTestSupport.awaitSettledOnScreen;

/**
 * A TestFX test of the real app: starts it before each test on a fresh stage with test-only preferences, stops
 * it after, and gives the steps every lesson test takes (open a lesson in step mode, flip the lock).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
abstract class AppUiTest {
    protected InterleaveApp app;
    protected Stage stage;
    /** The window's size when the test began: TestFX keeps one stage for all tests, and a test may resize it. */
    private double startWidth;
    private double startHeight;

    /**
     * Not TestFX's {@code @Start}: its extension looks for that only in the test class itself, not in the
     * classes it extends. This does what it would, on the FX thread, before each test.
     */
    @BeforeEach
    void startApp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            beforeApp();
            try {
                app = UiTestSupport.startApp(stage);
            } catch (Exception e) {
                throw new IllegalStateException("the app did not start", e);
            }
            startWidth = stage.getWidth();
            startHeight = stage.getHeight();
        });
    }

    /** Called on the FX thread just before the app starts. */
    protected void beforeApp() {
    }

    @AfterEach
    void stopApp() throws Exception {
        UiTestSupport.onFx(() -> {
            app.stop();
            stage.setWidth(startWidth);
            stage.setHeight(startHeight);
            return null;
        });
    }

    /** Resizes the window (put back after the test: {@link #stopApp}). */
    protected void resizeWindow(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** Opens {@code lesson} from the lesson list in step mode and waits until it is on screen. */
    protected static void openInStepMode(FxRobot robot, String lesson) throws Exception {
        robot.clickOn("#lesson-" + lesson);
        robot.clickOn("#mode-step");
        awaitSettledOnScreen(robot);
    }

    /**
     * Opens {@code lesson} as a learner does when the list is longer than the window: searches for it, clicks it
     * and clears the search; waits until it is on screen.
     */
    protected static void openBySearch(FxRobot robot, String lesson) throws Exception {
        robot.interact(() -> robot.lookup("#lesson-search").queryTextInputControl().setText(lesson));
        robot.clickOn("#lesson-" + lesson);
        robot.interact(() -> robot.lookup("#lesson-search").queryTextInputControl().clear());
        awaitSettledOnScreen(robot);
    }

    /** Sets the lesson's lock switch and waits until the new run is on screen. */
    protected static void setLock(FxRobot robot, boolean on) throws Exception {
        ToggleSwitch lock = robot.lookup("#param-lock").queryAs(ToggleSwitch.class);
        if (lock.isSelected() != on) {
            robot.clickOn(lock);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lock.isSelected() == on);
        awaitSettledOnScreen(robot);
    }
}
