package dev.interleave.ui;

import dev.interleave.scenario.Beat;
import dev.interleave.ui.session.LessonSession;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.interleave.ui.UiTestSupport.awaitSettledOnScreen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The learner's first two minutes, driven through the real app (headless): open the bank lesson, be the
 * scheduler with the lock off and watch the balance go to -25; turn the lock on and see T2 blocked; run it
 * freely with the lock on and get an acceptable outcome.
 */
class BankLessonUiTest extends AppUiTest {

    private static void openBankInStepMode(FxRobot robot) throws Exception {
        openInStepMode(robot, "bank-withdrawal");
    }

    /** The bank lesson in step mode with the lock on: T1 takes the lock, then T2 asks for it and waits. */
    private void t1TakesTheLockAndT2AsksForIt(FxRobot robot) throws Exception {
        openBankInStepMode(robot);
        setLock(robot, true);
        step(robot, "T1");
        step(robot, "T2");
    }

    private void step(FxRobot robot, String thread) throws Exception {
        Button button = robot.lookup("#step-" + thread).queryButton();
        assertThat(button.isDisabled()).as("Step %s is enabled", thread).isFalse();
        robot.clickOn(button);
        awaitSettledOnScreen(robot);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String laneState(FxRobot robot, String thread) {
        return robot.lookup("#lane-" + thread).lookup(".state-badge").queryAs(Label.class).getText();
    }

    @Test
    void withTheLockOffTheLearnerDrivesTheBalanceToMinus25(FxRobot robot) throws Exception {
        openBankInStepMode(robot);
        setLock(robot, false);

        for (String thread : new String[] {"T1", "T2", "T1", "T1", "T1", "T2", "T2", "T2"}) {
            step(robot, thread);
        }

        assertThat(text(robot, "#value-balance")).isEqualTo("-25");
        assertThat(robot.lookup("#outcome-banner").query().isVisible()).isTrue();
        assertThat(text(robot, "#outcome-grade")).isEqualTo("FORBIDDEN");
        assertThat(text(robot, "#outcome-description")).contains("negative");
        assertThat(text(robot, "#beat-text")).as("the Why? card explains the race").contains("so both pass");
        // The instructions fold away so the outcome and the stage stay in sight; a new run opens them again.
        assertThat(robot.lookup("#lesson-card").queryAs(TitledPane.class).isExpanded()).isFalse();
        robot.clickOn("#run-again");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-card").queryAs(TitledPane.class).isExpanded()).isTrue();
    }

    @Test
    void thePythonTabShowsTheLessonAsAPythonProgram(FxRobot robot) throws Exception {
        openBankInStepMode(robot);
        robot.clickOn("#tab-python");
        awaitSettledOnScreen(robot);

        ListView<?> python = robot.lookup("#python-code").queryAs(ListView.class);
        assertThat(python.isVisible()).isTrue();
        assertThat(python.getItems()).hasSizeGreaterThan(20);
        assertThat(codeLines(robot, python)).contains("lock = threading.Lock()");

        // The program's constants follow the lesson's switches: the lock flipped off, USE_LOCK = False.
        setLock(robot, true);
        assertThat(codeLines(robot, python)).anyMatch(line -> line.startsWith("USE_LOCK = True "));
        setLock(robot, false);
        assertThat(codeLines(robot, python)).anyMatch(line -> line.startsWith("USE_LOCK = False "));
    }

    @Test
    void theCodesCommentsSpeakTheAppsLanguage(FxRobot robot) throws Exception {
        openBankInStepMode(robot);
        setLock(robot, false); // each thread's next line is then the check, "// check" at its end
        ListView<?> java = robot.lookup("#java-code").queryAs(ListView.class);
        robot.interact(() -> java.scrollTo(0));
        awaitSettledOnScreen(robot);
        assertThat(codeLines(robot, java)).anyMatch(line -> line.contains("Two people withdraw from one account"));
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        try {
            robot.interact(() -> window.setLanguage(Texts.KOREAN));
            awaitSettledOnScreen(robot);
            assertThat(codeLines(robot, java)).anyMatch(line -> line.contains("두 사람이 한 계좌에서 동시에"))
                    .noneMatch(line -> line.contains("Two people withdraw"));
            // A comment after code comes two characters after it on the code's row, not in a column past the
            // panel's edge.
            robot.interact(() -> java.scrollTo(95));
            awaitSettledOnScreen(robot);
            double[] gap = UiTestSupport.onFx(() -> robot.from(java).lookup(".code-line").queryAll().stream()
                    .filter(line -> line.getParent() != null && line.getParent().isVisible())
                    .filter(line -> robot.from(line).lookup(".code-text").queryAs(Label.class).getText()
                            .equals("boolean enough = balance.get() >= amount;"))
                    .map(line -> {
                        Label code = robot.from(line).lookup(".code-text").queryAs(Label.class);
                        Label comment = robot.from(line).lookup(".code-comment").queryAs(Label.class);
                        var c = code.localToScene(code.getLayoutBounds());
                        var m = comment.localToScene(comment.getLayoutBounds());
                        assertThat(comment.getText()).isEqualTo("// 확인");
                        return new double[] {(m.getMinX() - c.getMaxX()) / (c.getWidth() / code.getText().length()),
                                m.getMinY() - c.getMinY()};
                    }).findFirst().orElseThrow());
            assertThat(gap[0]).as("characters between code and comment").isCloseTo(2, within(0.2));
            assertThat(gap[1]).as("the comment's row below the code's").isCloseTo(0, within(0.5));
            // The lanes show each thread's next line of code without its comment (their next step is in words).
            List<String> snippets = UiTestSupport.onFx(() -> robot.lookup(".code-snippet").queryAll().stream()
                    .map(n -> ((Label) n).getText()).toList());
            assertThat(snippets).contains("boolean enough = balance.get() >= amount;").noneMatch(code -> code.contains("//"));
        } finally {
            robot.interact(() -> window.setLanguage(Texts.ENGLISH));
        }
    }

    /** The lines in view of a code list, each as its code, then two spaces and its comment (if any). */
    private static java.util.List<String> codeLines(FxRobot robot, ListView<?> list) throws Exception {
        return UiTestSupport.onFx(() -> robot.from(list).lookup(".code-line").queryAll().stream()
                .filter(line -> line.getParent() != null && line.getParent().isVisible())
                .map(line -> {
                    String code = robot.from(line).lookup(".code-text").queryAs(Label.class).getText();
                    // a line that never had a comment has no comment label
                    Label comment = (Label) robot.from(line).lookup(".code-comment").tryQuery().orElse(null);
                    return comment == null || !comment.isVisible() ? code
                            : code.isEmpty() ? comment.getText() : code + "  " + comment.getText();
                }).toList());
    }

    /** The number of the Java code line that shows {@code thread}'s chip; -1 if none in view. */
    private static int codeLineOf(FxRobot robot, String thread) throws Exception {
        return UiTestSupport.onFx(() -> {
            int found = -1;
            for (Node line : robot.lookup("#java-code").lookup(".code-line").queryAll()) {
                if (line.getParent() == null || !line.getParent().isVisible()) {
                    continue; // a spare cell of the list
                }
                for (Node chip : robot.from(line).lookup(".thread-chip").queryAll()) {
                    if (chip.isVisible() && thread.equals(((Label) chip).getText())) {
                        assertThat(found).as("%s is marked on one line only", thread).isEqualTo(-1);
                        assertThat(line.getPseudoClassStates().toString()).contains("current");
                        Label number = robot.from(line).lookup(".line-number").queryAs(Label.class);
                        found = Integer.parseInt(number.getText());
                        // beside the chips, the line's code itself, in full view
                        Label code = robot.from(line).lookup(".code-text").queryAs(Label.class);
                        assertThat(code.getText()).isNotBlank();
                        assertThat(code.getWidth()).isGreaterThanOrEqualTo(code.prefWidth(-1) - 1);
                        assertThat(code.localToScene(code.getLayoutBounds()).getMaxX())
                                .isLessThanOrEqualTo(line.localToScene(line.getLayoutBounds()).getMaxX() + 1);
                    }
                }
            }
            return found;
        });
    }

    /** The line the run's world says {@code thread} is on. */
    private int modelLineOf(String thread) throws Exception {
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        return UiTestSupport.onFx(() -> window.session().world().threads().stream()
                .filter(t -> t.name().equals(thread)).findFirst().orElseThrow().line());
    }

    /**
     * Waits until the code shows {@code thread}'s chip on the line the run's world says it is on, scrolling
     * that line into view (the list follows only the first marked line).
     */
    private void awaitMarkedOnItsLine(FxRobot robot, String thread) throws Exception {
        ListView<?> java = robot.lookup("#java-code").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            int line = modelLineOf(thread);
            if (line <= 0) {
                return false;
            }
            UiTestSupport.onFx(() -> {
                java.scrollTo(Math.max(0, line - 3));
                return null;
            });
            return codeLineOf(robot, thread) == line;
        });
    }

    @Test
    void theCodeMarksEachThreadOnTheLineItIsOnAndFollowsItsSteps(FxRobot robot) throws Exception {
        openBankInStepMode(robot);
        setLock(robot, true);
        step(robot, "T1");
        awaitMarkedOnItsLine(robot, "T1");
        awaitMarkedOnItsLine(robot, "T2");
        int t1Line = modelLineOf("T1");

        step(robot, "T1");

        awaitMarkedOnItsLine(robot, "T1");
        assertThat(modelLineOf("T1")).isNotEqualTo(t1Line);
        awaitMarkedOnItsLine(robot, "T2");
    }

    @Test
    void withTheLockOnTheSameOrderLeavesT2BlockedAndItsStepDisabled(FxRobot robot) throws Exception {
        t1TakesTheLockAndT2AsksForIt(robot);

        assertThat(laneState(robot, "T2")).isEqualTo("BLOCKED");
        assertThat(robot.lookup("#step-T2").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#lane-T2").lookup(".reason").queryAs(Label.class).getText())
                .contains("account").contains("T1");
        assertThat(robot.lookup("#outcome-banner").query().isVisible()).isFalse();
    }

    @Test
    void playingPutsThePredictCardAwaySoThatTheWhyCardComesAtTheEnd(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        LessonSession session = UiTestSupport.session(robot);
        assertThat(UiTestSupport.onFx(() -> session.beatProperty().get().kind())).isEqualTo(Beat.Kind.PREDICT);

        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(1.0));
        robot.clickOn("#play"); // without Continue first

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiTestSupport.onFx(() ->
                session.beatProperty().get() != null && session.beatProperty().get().kind() == Beat.Kind.EXPLAIN));
        assertThat(robot.lookup("#outcome-banner").query().isVisible()).isTrue();
    }

    @Test
    void runningFreelyWithTheLockOnEndsAcceptably(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        setLock(robot, true);
        robot.clickOn("#mode-free");
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(1.0));
        robot.clickOn("#play");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> UiTestSupport.onFx(() -> robot.lookup("#outcome-banner").query().isVisible()));
        assertThat(text(robot, "#outcome-grade")).isEqualTo("ACCEPTABLE");
        assertThat(text(robot, "#value-balance")).isIn("50", "25");
        // The Why? card tells this run's story, not the race's: "so both pass" would contradict the outcome.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> UiTestSupport.onFx(() ->
                robot.lookup("#beat-text").query().isVisible()));
        assertThat(text(robot, "#beat-text")).contains("came out right").doesNotContain("so both pass");
    }

    @Test
    void whenT1LetsGoOfTheLockT2sChipSlidesFromTheEntryQueueToTheOwnerSlot(FxRobot robot) throws Exception {
        t1TakesTheLockAndT2AsksForIt(robot);
        AtomicInteger slidingFrames = new AtomicInteger();
        AnimationTimer watch = new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (Node chip : stage.getScene().getRoot().lookupAll(".thread-chip")) {
                    if (Math.abs(chip.getTranslateX()) + Math.abs(chip.getTranslateY()) > 1) {
                        slidingFrames.incrementAndGet();
                    }
                }
            }
        };
        robot.interact(watch::start);
        // T1 checks, thinks, reads, writes and unlocks: T2 gets the lock, and its Step button comes back.
        for (int steps = 0; robot.lookup("#step-T2").queryButton().isDisabled(); steps++) {
            assertThat(steps).as("T1's steps before it lets go of the lock").isLessThan(10);
            step(robot, "T1");
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> slidingFrames.get() > 0);
        robot.interact(watch::stop);
    }
}
