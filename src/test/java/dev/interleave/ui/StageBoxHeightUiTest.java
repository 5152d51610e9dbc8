package dev.interleave.ui;

import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A box narrower than its one-row width wraps its slots into two rows, and is as tall as that: the results
 * queue of the producer-consumer lesson (six slots) had its title cut off at the top.
 */
class StageBoxHeightUiTest extends AppUiTest {

    @Test
    void aQueueBoxWhoseSlotsWrapIsTallEnoughForThem(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(900);
            robot.lookup("#main-window").queryAs(MainWindow.class).setLanguage(Texts.KOREAN);
        });
        openBySearch(robot, "producer-consumer");

        double[] sizes = onFx(() -> {
            Region box = robot.lookup("#box-results").queryAs(Region.class);
            Region column = (Region) ((Parent) box).getChildrenUnmodifiable().getFirst();
            return new double[] {column.getHeight(), column.prefHeight(column.getWidth()), column.prefHeight(-1)};
        });
        assertThat(sizes[1]).as("the slots wrap: taller at the width it has than at its own").isGreaterThan(sizes[2]);
        assertThat(sizes[0]).as("its content's height").isGreaterThanOrEqualTo(sizes[1] - 0.5);
    }
}
