package dev.interleave.ui;

import dev.interleave.ui.stats.TrialsPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank lesson thinks for 10 ms a withdrawal, so its trials run tens a second: the pane says how long is
 * left, and Stop ends the batch showing what was counted so far instead of throwing it away.
 */
class TrialsStopUiTest extends AppUiTest {

    private static String status(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#trials-status").queryAs(Label.class).getText());
    }

    @Test
    void stoppingTrialsShowsTheOutcomesCountedSoFar(FxRobot robot) throws Exception {
        openInStepMode(robot, "bank-withdrawal");
        setLock(robot, false);
        robot.clickOn("#tab-trials");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#trials-count").queryAs(ComboBox.class).setValue(100_000));
        robot.clickOn("#run-trials");
        TrialsPane pane = robot.lookup("#trials-pane").queryAs(TrialsPane.class);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status(robot).contains("left"));
        assertThat(status(robot)).matches("Running 100,000 trials\u2026 [\\d,]+ done, about [\\d,]+ s left");
        robot.clickOn("#cancel-trials");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !pane.running()));

        assertThat(status(robot)).startsWith("Stopped after ").contains(" of 100,000 trials");
        long counted = onFx(() -> TrialsPane.rowsOf(robot.lookup("#trials-latest").query()).stream()
                .mapToLong(TrialsPane.Row::count).sum());
        assertThat(counted).isPositive().isLessThan(100_000);
    }
}
