package dev.interleave.ui;

import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.stats.TrialsPane;
import dev.interleave.ui.time.TimelineView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.interleave.ui.UiTestSupport.awaitSettledOnScreen;
import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time made navigable, through the real app: rewind to before the race, replay a forbidden outcome found by
 * trials step by step, and refuse a file that is not a recording without changing anything.
 */
class TimeTravelUiTest extends AppUiTest {
    @TempDir
    Path dir;

    private static void bankLockOff(FxRobot robot) throws Exception {
        openInStepMode(robot, "bank-withdrawal");
        setLock(robot, false);
    }

    private static String balance(FxRobot robot) {
        return robot.lookup("#value-balance").queryAs(Label.class).getText();
    }

    @Test
    void scrubbingBackShowsTheBalanceAsItWasBeforeTheRace(FxRobot robot) throws Exception {
        bankLockOff(robot);
        for (String t : new String[] {"T1", "T2", "T1", "T1", "T1", "T2", "T2", "T2"}) {
            robot.clickOn("#step-" + t);
            awaitSettledOnScreen(robot);
        }
        assertThat(balance(robot)).isEqualTo("-25");

        // Back to the moment both threads had checked and nobody had written yet.
        LessonSession session = UiTestSupport.session(robot);
        long beforeFirstWrite = onFx(() -> {
            long seq = 0;
            for (; seq < session.history().size(); seq++) {
                if (session.history().recording().event(seq) instanceof dev.interleave.trace.Event.ValueWritten) {
                    break;
                }
            }
            return seq;
        });
        robot.interact(() -> robot.lookup("#time-slider").queryAs(Slider.class).setValue(beforeFirstWrite));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(balance(robot)).isEqualTo("100");
        assertThat(robot.lookup("#time-where").queryAs(Label.class).getText()).startsWith("Viewing the past");
        assertThat(robot.lookup("#outcome-banner").query().isVisible()).isFalse();

        robot.clickOn("#step-back");
        assertThat(onFx(session::shownPosition)).isEqualTo(beforeFirstWrite - 1);
        robot.clickOn("#go-live");
        assertThat(balance(robot)).isEqualTo("-25");
        assertThat(robot.lookup("#outcome-banner").query().isVisible()).isTrue();

        // The timeline drew the run, and a click on it selects a moment.
        robot.clickOn("#tab-timeline");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.drawnPrimitives()).isPositive();
        robot.interact(() -> timeline.show(0, 8));
        robot.clickOn(timeline);
        assertThat(onFx(session::viewingPast)).isTrue();
    }

    @Test
    void clickingAForbiddenTrialOutcomeReplaysARunThatReachesIt(FxRobot robot) throws Exception {
        bankLockOff(robot);
        robot.clickOn("#tab-trials");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#trials-count").queryAs(ComboBox.class).setValue(1_000));
        robot.clickOn("#run-trials");
        TrialsPane pane = robot.lookup("#trials-pane").queryAs(TrialsPane.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !pane.running()));
        List<TrialsPane.Row> rows = onFx(() -> TrialsPane.rowsOf(robot.lookup("#trials-latest").query()));
        TrialsPane.Row wanted = rows.stream().filter(r -> r.outcome().id().equals("negative")).findFirst().orElseThrow();
        assertThat(wanted.count()).isPositive();
        assertThat(onFx(() -> robot.lookup(".trials-title").queryAs(Label.class).getText()))
                .as("settings in the words of the parameter bar").contains("Lock = off")
                .contains("= ReentrantLock around check and act").doesNotContain("reentrant-lock");
        assertThat(onFx(() -> robot.lookup("#trials-latest .grade-forbidden").queryAs(Label.class).getTooltip().getText()))
                .as("a grade says what it means").startsWith("Forbidden: a bug.");

        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(0.95));
        javafx.scene.Node row = robot.lookup("#trials-latest .outcome-row")
                .match((javafx.scene.Node r) -> r.getUserData() == wanted).query();
        robot.clickOn(row);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#outcome-banner").query().isVisible()));
        assertThat(onFx(() -> robot.lookup("#outcome-grade").queryAs(Label.class).getText())).isEqualTo("FORBIDDEN");
        assertThat(balance(robot)).isEqualTo("-25");
    }

    @Test
    void aRecordingOpensWithoutTheTeachingCardThatWasUp(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        LessonSession session = UiTestSupport.session(robot);
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(1.0));
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> session.endedProperty().get()
                && session.beatProperty().get() != null)); // the run's end brings its "Why?" card
        Path saved = dir.resolve("bank.ilrec");
        onFx(() -> session.saveTask(saved)).run();

        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        robot.interact(() -> window.openRecording(saved));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> session.fromFileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> session.beatProperty().get())).isNull();
        robot.clickOn("#play"); // plays the recording back to its end: no card comes either
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !session.playingProperty().get()));
        assertThat(onFx(() -> session.beatProperty().get())).isNull();
    }

    @Test
    void aFileThatIsNotARecordingIsRefusedWithOneMessageAndNothingChanges(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        LessonSession session = UiTestSupport.session(robot);
        Object runBefore = onFx(() -> session.runProperty().get());
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        Path foreign = dir.resolve("notes.ilrec");
        Files.writeString(foreign, "{\"traceEvents\": []}", StandardCharsets.UTF_8);

        robot.interact(() -> window.openRecording(foreign));
        Label said = robot.lookup("#message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> said.getText().startsWith("Cannot open"));

        String message = said.getText();
        assertThat(message).isEqualTo("Cannot open notes.ilrec: it is not an Interleave recording");
        assertThat(onFx(() -> session.runProperty().get())).isSameAs(runBefore);
        assertThat(onFx(() -> session.fromFileProperty().get())).isFalse();
    }
}
