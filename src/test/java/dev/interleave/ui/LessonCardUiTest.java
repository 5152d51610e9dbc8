package dev.interleave.ui;

import dev.interleave.ui.session.LessonSession;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static dev.interleave.ui.UiTestSupport.awaitSettledOnScreen;
import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cards above the stage (the lesson, a teaching card, the outcome) on a small window: when together they
 * are taller than the room the stage has, they are cut at the bottom, not at the top (the split pane used to
 * centre the stage, cutting the lesson's title off).
 */
class LessonCardUiTest extends AppUiTest {
    @Test
    void onA720pWindowTheLessonTitleStaysOnScreenWhenTheCardsDoNotFit(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        LessonSession session = UiTestSupport.session(robot);
        robot.interact(() -> {
            session.dismissBeat();
            session.speedProperty().set(1.0);
            session.play();
        });
        // the run ends: the "Why?" card comes up over the outcome, and the lesson card folds its instructions
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> onFx(() -> session.endedProperty().get() && session.beatProperty().get() != null));
        awaitSettledOnScreen(robot);

        Node card = robot.lookup("#lesson-card").query();
        Node split = ancestor(card, javafx.scene.control.SplitPane.class);
        assertThat(onFx(() -> top(card) >= top(split) && bottom(card) <= bottom(split)))
                .as("the lesson card, title to last line, is on screen").isTrue();
        Node why = robot.lookup("#beat-card").query();
        assertThat(onFx(() -> top(why) < bottom(split))).as("the Why card starts on screen").isTrue();
    }

    private static Node ancestor(Node node, Class<?> type) {
        Node at = node;
        while (!type.isInstance(at)) {
            at = at.getParent();
        }
        return at;
    }

    private static double top(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMinY();
    }

    private static double bottom(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMaxY();
    }
}
