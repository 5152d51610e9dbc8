package dev.interleave.ui;

import dev.interleave.engine.Ending;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.session.LogLine;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lesson opens in the app, in English and in Korean, and runs to its end in free mode at full speed
 * with no error: an outcome banner, no failed setup, and nothing thrown on the FX thread.
 */
class LessonSmokeUiTest extends AppUiTest {
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Override
    protected void beforeApp() {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
    }

    @Test
    void everyLessonRunsToItsEndAtFullSpeedInBothLanguages(FxRobot robot) throws Exception {
        LessonSession session = UiTestSupport.session(robot);
        robot.clickOn("#mode-free");
        for (String language : List.of("en", "ko")) {
            robot.interact(() -> robot.lookup("#main-window").queryAs(MainWindow.class)
                    .setLanguage(language.equals("ko") ? Texts.KOREAN : Texts.ENGLISH));
            for (Scenario lesson : Catalog.all()) {
                // Find it the way a learner would when the list is longer than the window: search for it.
                openBySearch(robot, lesson.id());
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                        () -> onFx(() -> session.scenarioProperty().get()) == lesson);
                // Lookups run on the FX thread: the app changes the scene graph while the lesson runs.
                String title = onFx(() -> robot.lookup("#lesson-title").queryAs(Label.class).getText());
                assertThat(title).as(lesson.id()).isEqualTo(onFx(() -> session.texts().lesson(lesson.titleKey())));
                // after opening it: a lesson may come with a speed of its own
                robot.interact(() -> robot.lookup("#speed").queryAs(Slider.class).setValue(1.0));
                robot.clickOn("#play");
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> onFx(() -> robot.lookup("#outcome-banner").query().isVisible()));
                assertThat(onFx(session::ending)).as(lesson.id()).isIn(Ending.COMPLETED, Ending.DEADLOCK);
                assertThat(onFx(() -> robot.lookup("#outcome-description").queryAs(Label.class).getText()))
                        .as(lesson.id()).doesNotStartWith(lesson.id() + ".");
                List<LogLine> log = onFx(() -> List.copyOf(session.log()));
                assertThat(log).as(lesson.id()).anyMatch(l -> l.kind() == LogLine.Kind.OUTCOME);
                assertThat(log).as("untranslated narration in " + lesson.id())
                        .noneMatch(l -> l.text().matches(".*\\b[a-z-]+\\.(note|log)\\.[a-z.-]+.*"));
            }
        }
        assertThat(fxErrors).isEmpty();
    }
}
