package dev.interleave.ui;

import javafx.scene.control.Slider;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The virtual-threads lesson comes with a speed of its own, full speed (its main thread starts 10,000 threads
 * one step each: at the learner's third of a second a step that takes most of an hour); the learner's speed
 * comes back with the next lesson.
 */
class LessonSpeedUiTest extends AppUiTest {

    private static double slider(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#speed").queryAs(Slider.class).getValue());
    }

    @Test
    void theVirtualThreadsLessonRunsAtItsOwnSpeedAndTheLearnersComesBackAfter(FxRobot robot) throws Exception {
        openBySearch(robot, "bank-withdrawal");
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(0.3));

        openBySearch(robot, "virtual-threads");
        assertThat(slider(robot)).isEqualTo(1.0);
        assertThat(onFx(() -> UiTestSupport.session(robot).delayNanos())).as("pause between steps, ns").isZero();

        // slowed down to watch: that belongs to this lesson
        robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(0.9));
        openBySearch(robot, "lost-update");
        assertThat(slider(robot)).isEqualTo(0.3);
        openBySearch(robot, "bank-withdrawal");
        assertThat(slider(robot)).isEqualTo(0.3);

        openBySearch(robot, "virtual-threads");
        assertThat(slider(robot)).isEqualTo(1.0);
    }
}
