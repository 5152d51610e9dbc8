package dev.interleave.ui;

import dev.interleave.ui.session.LessonSession;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.interleave.ui.UiTestSupport.awaitSettledOnScreen;
import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The classroom: presenter mode with readable type, zoom, teaching beats advanced by the clicker, and the
 * whole key map doing what the cheat sheet says.
 */
class ClassroomUiTest extends AppUiTest {

    private static MainWindow window(FxRobot robot) {
        return robot.lookup("#main-window").queryAs(MainWindow.class);
    }

    /** Every visible text on screen, with its font size. */
    private static List<String> smallTexts(Node root, double min) {
        List<String> small = new ArrayList<>();
        collect(root, min, small);
        return small;
    }

    private static void collect(Node node, double min, List<String> small) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text t && !t.getText().isBlank() && t.getFont().getSize() < min - 0.01) {
            small.add("'" + t.getText() + "' " + t.getFont().getSize() + " in " + t.getParent());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, min, small);
            }
        }
    }

    @Test
    void presenterModeOnA1080pScreenShowsNoTextBelow20PixelsAndFoldsTheSidePanes(FxRobot robot) throws Exception {
        resizeWindow(robot, 1920, 1080);
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        assertThat(robot.lookup("#lesson-browser").tryQuery()).isPresent();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        Presentation p = window(robot).presentation();
        assertThat(p.presenterProperty().get()).isTrue();
        assertThat(p.zoomProperty().get()).isEqualTo(1.0);
        assertThat(robot.lookup("#lesson-browser").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bottom-tabs").tryQuery()).isEmpty();
        assertThat(robot.lookup("#time-bar").query().isVisible()).as("the time bar stays").isTrue();
        // Ctrl+2 still selects the folded-away timeline tab: that must not fail (it once read a divider that
        // presenter mode had taken away).
        List<Throwable> failures = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = onFx(() -> Thread.currentThread().getUncaughtExceptionHandler());
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failures.add(e)));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        assertThat(failures).isEmpty();
        List<String> small = onFx(() -> smallTexts(stage.getScene().getRoot(), 20));
        assertThat(small).as("texts smaller than 20 px in presenter mode").isEmpty();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE); // the predict card goes first
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.presenterProperty().get()).as("the first Esc only put the card away").isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.presenterProperty().get()).isFalse();
        assertThat(robot.lookup("#lesson-browser").tryQuery()).isPresent();
        assertThat(robot.lookup("#bottom-tabs").query().getParent()).as("the time bar is back above the tabs")
                .isSameAs(robot.lookup("#time-bar").query().getParent());
    }

    @Test
    void everyControlHasATooltipAndAccessibleText(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        List<String> missing = onFx(() -> {
            List<String> found = new ArrayList<>();
            for (Node n : stage.getScene().getRoot().lookupAll("*")) {
                if (!(n instanceof javafx.scene.control.ButtonBase || n instanceof javafx.scene.control.Slider
                        || n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof javafx.scene.control.Spinner<?>
                        || n instanceof ToggleSwitch || n instanceof javafx.scene.control.TextField)
                        || !treeVisible(n) || inside(n, javafx.scene.control.ComboBoxBase.class)
                        || inside(n, javafx.scene.control.Spinner.class) || inside(n, javafx.scene.control.MenuBar.class)
                        || n.getStyleClass().contains("arrow-button") || n.getStyleClass().contains("increment-arrow-button")
                        || n.getStyleClass().contains("decrement-arrow-button")) {
                    continue;
                }
                javafx.scene.control.Control c = (javafx.scene.control.Control) n;
                boolean tip = c.getTooltip() != null || Boolean.TRUE.equals(n.getProperties().get("javafx.scene.control.Tooltip"))
                        || n.getParent() != null && n.getParent().getProperties().containsKey("javafx.scene.control.Tooltip");
                String words = c.getAccessibleText() != null ? c.getAccessibleText()
                        : c instanceof Labeled l ? l.getText() : null;
                if (!tip || words == null || words.isBlank()) {
                    found.add(n.getClass().getSimpleName() + "#" + n.getId() + (tip ? "" : " (no tooltip)")
                            + (words == null || words.isBlank() ? " (no words)" : ""));
                }
            }
            return found;
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void aParameterFieldShowsItsLargestValueWholeAtEveryZoom(FxRobot robot) throws Exception {
        openBySearch(robot, "virtual-threads");
        for (int zoom = 0; zoom < 3; zoom++) {
            String cut = onFx(() -> {
                javafx.scene.control.Spinner<?> threads = robot.lookup("#param-threads")
                        .queryAs(javafx.scene.control.Spinner.class);
                javafx.scene.control.TextField field = threads.getEditor();
                Text widest = new Text("20,000"); // the lesson's most threads
                widest.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                return room >= widest.getLayoutBounds().getWidth() ? null
                        : "room " + room + " for " + widest.getLayoutBounds().getWidth() + " at " + field.getFont();
            });
            assertThat(cut).isNull();
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            awaitSettledOnScreen(robot);
        }
    }

    /**
     * The threads field writes its number as the lesson's texts do ("10,000"), reads it back with or without
     * the comma, puts back the value it had when what was typed is not a number, and says so when a number is
     * outside its range. What is typed into it goes to it, not to the app's one-key shortcuts.
     */
    @Test
    void aParameterFieldWritesItsNumberGroupedAndSurvivesATypo(FxRobot robot) throws Exception {
        openBySearch(robot, "virtual-threads");
        javafx.scene.control.Spinner<?> threads = robot.lookup("#param-threads").queryAs(javafx.scene.control.Spinner.class);
        assertThat(onFx(() -> threads.getEditor().getText())).isEqualTo("10,000");

        typeInto(robot, threads, "2500");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> window(robot).session().valuesProperty().get().asText().get("threads")).equals("2500"));
        assertThat(onFx(() -> threads.getEditor().getText())).isEqualTo("2,500");

        String tab = onFx(() -> robot.lookup("#code-pane").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId());
        typeInto(robot, threads, "lots"); // t is the trials tab's key
        assertThat(onFx(() -> threads.getValue())).isEqualTo(2_500);
        assertThat(onFx(() -> threads.getEditor().getText())).isEqualTo("2,500");
        assertThat(onFx(() -> robot.lookup("#code-pane").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId())).as("the tab shown").isEqualTo(tab);

        typeInto(robot, threads, "0"); // below the least: the least is used, and the learner is told
        assertThat(onFx(() -> threads.getEditor().getText())).isEqualTo("1");
        assertThat(onFx(() -> window(robot).session().messageProperty().get()))
                .isEqualTo("Virtual threads goes from 1 to 20,000: 1 is used instead of 0");
    }

    /**
     * In a number field, the clicker's PageDown still moves the lesson on (it puts the Predict card away, then
     * steps a thread): only keys that type are the field's.
     */
    @Test
    void theClickersKeysStillWorkInANumberField(FxRobot robot) throws Exception {
        openInStepMode(robot, "bank-withdrawal");
        javafx.scene.control.Spinner<?> think = robot.lookup("#param-think").queryAs(javafx.scene.control.Spinner.class);
        robot.clickOn(think.getEditor());
        LessonSession session = window(robot).session();
        Object card = onFx(() -> session.beatProperty().get());
        long before = onFx(() -> session.world().applied());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> session.beatProperty().get() != card || session.world().applied() > before));
        assertThat(onFx(() -> think.getEditor().isFocused() || think.isFocused())).as("the field keeps the focus").isTrue();
    }

    /**
     * Replaces what a spinner's field says with {@code text}, typed key by key as a learner does (none of the
     * keys may act as the app's one-key shortcuts), and presses Enter.
     */
    private static void typeInto(FxRobot robot, javafx.scene.control.Spinner<?> spinner, String text) throws Exception {
        robot.clickOn(spinner.getEditor());
        robot.interact(() -> spinner.getEditor().selectAll());
        for (char c : text.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c))); // key presses, as the app's shortcuts see them
        }
        robot.type(KeyCode.ENTER);
        awaitSettledOnScreen(robot);
    }

    private static boolean treeVisible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code n} is a part of a control of {@code type} (its editor, its arrows, its menu buttons). */
    private static boolean inside(Node n, Class<?> type) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (type.isInstance(at)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void zoomScalesEveryTextFrom100To300PercentAndIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        Label title = robot.lookup("#lesson-title").queryAs(Label.class);
        double base = title.getFont().getSize();
        Presentation p = window(robot).presentation();

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.zoomProperty().get()).isEqualTo(1.25);
        assertThat(title.getFont().getSize()).isCloseTo(base * 1.25, org.assertj.core.data.Offset.offset(0.1));

        for (int i = 0; i < 12; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.zoomProperty().get()).isEqualTo(3.0);
        assertThat(title.getFont().getSize()).isCloseTo(base * 3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(AppPrefs.forUser().zoom()).isEqualTo(3.0);

        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.zoomProperty().get()).isEqualTo(2.75);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.zoomProperty().get()).isEqualTo(1.0);
        assertThat(title.getFont().getSize()).isCloseTo(base, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void theDarkThemeDarkensTheWindowAndTheLightOneBringsItBack(FxRobot robot) throws Exception {
        MainWindow window = window(robot);
        Presentation p = window.presentation();

        assertThat(windowBrightness(window, p, Presentation.Theme.DARK)).isLessThan(0.3);
        assertThat(windowBrightness(window, p, Presentation.Theme.LIGHT)).isGreaterThan(0.8);
        assertThat(windowBrightness(window, p, Presentation.Theme.DARK)).isLessThan(0.3);
    }

    /** Switches the theme and reads the brightness of the window's background once restyled. */
    private static double windowBrightness(MainWindow window, Presentation p, Presentation.Theme theme)
            throws Exception {
        return onFx(() -> {
            p.themeProperty().set(theme);
            window.applyCss();
            Paint fill = window.getBackground().getFills().getFirst().getFill();
            return ((Color) fill).getBrightness();
        });
    }

    @Test
    void onA720pWindowOpeningTheTimelineMakesRoomForItsLanes(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        Node timeBar = robot.lookup("#time-bar").query();
        double before = onFx(() -> timeBar.getParent().getLayoutBounds().getHeight());

        robot.clickOn("#tab-timeline");
        WaitForAsyncUtils.waitForFxEvents();

        double after = onFx(() -> timeBar.getParent().getLayoutBounds().getHeight());
        double em = window(robot).presentation().fontSize();
        assertThat(before).as("the default share is too small for the timeline").isLessThan(19 * em);
        assertThat(after).isGreaterThanOrEqualTo(19 * em - 1);
    }

    @Test
    void onA720pWindowTheLessonListShowsEveryTitleWholeInBothLanguages(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        for (var language : List.of(Texts.ENGLISH, Texts.KOREAN)) {
            robot.interact(() -> window(robot).setLanguage(language));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> shown = onFx(() -> robot.lookup("#lesson-browser .tree-cell .text").queryAllAs(Text.class)
                    .stream().filter(Node::isVisible).map(Text::getText).toList());
            assertThat(shown).as("%s", language).isNotEmpty().noneMatch(t -> t.endsWith("..."));
        }
    }

    @Test
    void onA720pWindowThePythonTabSaysItsIdiomWholeInBothLanguages(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        openBySearch(robot, "deadlock");
        robot.clickOn("#tab-python");
        for (var language : List.of(Texts.ENGLISH, Texts.KOREAN)) {
            robot.interact(() -> window(robot).setLanguage(language));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> shown = onFx(() -> robot.lookup("#tab-python-note .text").queryAllAs(Text.class)
                    .stream().map(Text::getText).toList());
            String whole = onFx(() -> window(robot).session().texts().lesson("deadlock.python"));
            assertThat(String.join(" ", shown)).as("%s", language).isEqualTo(whole);
        }
        robot.interact(() -> window(robot).setLanguage(Texts.ENGLISH));
    }

    @Test
    void onA720pWindowTheTrialsGradeColumnIsAsWideAsItsWordsInKorean(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        robot.interact(() -> window(robot).setLanguage(Texts.KOREAN));
        try {
            openBySearch(robot, "lost-update");
            robot.clickOn("#tab-trials");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> robot.lookup("#trials-count").queryAs(javafx.scene.control.ComboBox.class).setValue(1_000));
            robot.clickOn("#run-trials");
            dev.interleave.ui.stats.TrialsPane pane = robot.lookup("#trials-pane")
                    .queryAs(dev.interleave.ui.stats.TrialsPane.class);
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> !pane.running()));
            awaitSettledOnScreen(robot);
            List<Double> widths = onFx(() -> robot.lookup("#trials-latest .outcome-grade").queryAllAs(Label.class)
                    .stream().map(Label::getWidth).toList());
            double em = window(robot).presentation().fontSize();
            // 판정, 허용, 금지: a few ems, not the 7.5 em that "INTERESTING" needs
            assertThat(widths).hasSizeGreaterThan(1).allMatch(w -> w > 0 && w < 4 * em);
            assertThat(new TreeSet<>(widths)).as("one column: every row's grade as wide").hasSize(1);
        } finally {
            robot.interact(() -> window(robot).setLanguage(Texts.ENGLISH));
        }
    }

    /**
     * The code panel of a 1280x720 window is about 50 characters wide: every line, its comment included, wraps
     * to fit it, in both languages, rather than run past its edge (where half the comments were, and scrolling
     * sideways took the line numbers and chips away too). Rows a line wraps onto stay inside its own cell.
     */
    @Test
    void onA720pWindowEveryLineOfCodeIsWithinTheCodePanelInBothLanguages(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        openBySearch(robot, "bank-withdrawal");
        javafx.scene.control.ListView<?> java = robot.lookup("#java-code").queryAs(javafx.scene.control.ListView.class);
        try {
            for (var language : List.of(Texts.ENGLISH, Texts.KOREAN)) {
                robot.interact(() -> window(robot).setLanguage(language));
                int lines = onFx(() -> java.getItems().size());
                int wrapped = 0;
                for (int top = 0; top < lines; top += 10) {
                    int first = top;
                    robot.interact(() -> java.scrollTo(first));
                    awaitSettledOnScreen(robot);
                    wrapped += onFx(() -> linesOutsideTheirPanel(robot, java, language));
                }
                assertThat(wrapped).as("%s: lines that wrapped onto a second row", language).isPositive();
                assertThat(onFx(() -> java.lookupAll(".scroll-bar").stream()
                        .filter(bar -> ((javafx.scene.control.ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                        .anyMatch(Node::isVisible))).as("%s: the code scrolls sideways", language).isFalse();
            }
        } finally {
            robot.interact(() -> window(robot).setLanguage(Texts.ENGLISH));
        }
    }

    /**
     * Checks that the code and comment of every line in view are inside their own cell (which is as wide as the
     * list's view); returns how many of those lines take more than one row.
     */
    private static int linesOutsideTheirPanel(FxRobot robot, Node list, Object language) {
        int wrapped = 0;
        for (Node line : robot.from(list).lookup(".code-line").queryAll()) {
            Node cell = line.getParent();
            if (cell == null || !cell.isVisible()) {
                continue; // a spare cell of the list
            }
            // the cell, as wide as the list's view: its scroll bar not included
            double right = cell.localToScene(cell.getLayoutBounds()).getMaxX();
            double bottom = cell.localToScene(cell.getLayoutBounds()).getMaxY();
            for (String part : List.of(".code-text", ".code-comment")) {
                Labeled text = (Labeled) robot.from(line).lookup(part).tryQuery().orElse(null);
                if (text == null || !text.isVisible()) { // a line that never had a comment has no comment label
                    continue;
                }
                var bounds = text.localToScene(text.getLayoutBounds());
                assertThat(bounds.getMaxX()).as("%s: right edge of \"%s\"", language, text.getText())
                        .isLessThanOrEqualTo(right + 0.5);
                assertThat(bounds.getMaxY()).as("%s: bottom of \"%s\"", language, text.getText())
                        .isLessThanOrEqualTo(bottom + 0.5);
                String shown = String.join("", robot.from(text).lookup(".text").queryAllAs(Text.class).stream()
                        .map(Text::getText).toList());
                assertThat(shown).as("%s: shown whole", language).doesNotEndWith("...");
            }
            if (cell.getLayoutBounds().getHeight() > 1.6 * robot.from(line).lookup(".line-number").queryAs(Label.class).getHeight()) {
                wrapped++;
            }
        }
        return wrapped;
    }

    /** Zoomed in on a 1280x720 window the panes push the dividers over; back at 100 % they are where they were. */
    @Test
    void onA720pWindowTheDividersComeBackAfterZoomingInAndOut(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        openBySearch(robot, "bank-withdrawal");
        List<javafx.scene.control.SplitPane> splits = onFx(() -> robot.lookup(".split-pane")
                .queryAllAs(javafx.scene.control.SplitPane.class).stream().toList());
        List<double[]> before = onFx(() -> splits.stream().map(javafx.scene.control.SplitPane::getDividerPositions).toList());
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            awaitSettledOnScreen(robot);
        }
        List<double[]> zoomed = onFx(() -> splits.stream().map(javafx.scene.control.SplitPane::getDividerPositions).toList());
        assertThat(zoomed).as("zoomed in, the dividers moved").usingRecursiveComparison().isNotEqualTo(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        awaitSettledOnScreen(robot);
        List<double[]> after = onFx(() -> splits.stream().map(javafx.scene.control.SplitPane::getDividerPositions).toList());
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("split pane %d", i).containsExactly(before.get(i), within(0.005));
        }
    }

    @Test
    void onA720pWindowThreadNamesOnTheStageAreShownWhole(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        openBySearch(robot, "semaphore");
        List<String> names = onFx(() -> robot.lookup(".thread-lane .thread-name .text").queryAllAs(Text.class)
                .stream().map(Text::getText).toList());
        assertThat(names).contains("worker-1").noneMatch(n -> n.endsWith("..."));
    }

    @Test
    void aDigitKeyStepsAThreadAndBringsItsLaneIntoView(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        openBySearch(robot, "producer-consumer");
        robot.interact(() -> robot.lookup("#stage").query().requestFocus()); // not the search field: keys step
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Node scroll = robot.lookup("#stage .scroll-pane").query();
        Node lane = robot.lookup("#lane-worker-3").query();
        assertThat(onFx(() -> inView(lane, scroll))).as("worker-3's lane starts out of view").isFalse();

        robot.press(KeyCode.DIGIT4).release(KeyCode.DIGIT4); // worker-3 is the fourth thread

        // The stage scrolls once the step's pulse has laid the lane out: on a busy machine a pulse or two later.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> inView(lane, scroll)));
    }

    private static boolean inView(Node node, Node scroll) {
        var at = node.localToScene(node.getBoundsInLocal());
        var view = scroll.localToScene(scroll.getBoundsInLocal());
        return at.getMinY() >= view.getMinY() - 1 && at.getMaxY() <= view.getMaxY() + 1;
    }

    @Test
    void goingBackInTimePutsTheTeachingCardAwayAsGoingForwardDoes(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        LessonSession session = UiTestSupport.session(robot);
        assertThat(onFx(() -> session.beatProperty().get())).isNotNull();

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);

        assertThat(onFx(() -> session.beatProperty().get())).isNull();
        assertThat(onFx(session::viewingPast)).isTrue();
    }

    @Test
    void everyKeyDoesWhatTheCheatSheetSays(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-bank-withdrawal");
        awaitSettledOnScreen(robot);
        LessonSession session = UiTestSupport.session(robot);
        MainWindow window = window(robot);
        Presentation p = window.presentation();

        // The cheat sheet lists exactly the key map; ? shows it and Esc hides it.
        Set<String> listed = new TreeSet<>();
        for (KeyMap.Binding b : window.keys().bindings()) {
            listed.add(b.descriptionKey());
        }
        assertThat(listed).contains("keys.space", "keys.step", "keys.back", "keys.live", "keys.reset", "keys.lock", "keys.trials",
                "keys.blank", "keys.presenter", "keys.escape", "keys.zoom.in", "keys.zoom.out", "keys.zoom.reset",
                "keys.help");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(robot.lookup("#cheat-sheet").query().isVisible()).isTrue();
        // One row per binding and one for the digits (the card is made when first shown).
        assertThat(robot.lookup("#cheat-sheet .cheat-keys").queryAll()).hasSize(listed.size() + 1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#cheat-sheet").query().isVisible()).isFalse();

        // PageDown (the clicker) first puts the predict card away, then steps.
        assertThat(onFx(() -> session.beatProperty().get())).isNotNull();
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertThat(onFx(() -> session.beatProperty().get())).isNull();
        assertThat(onFx(() -> session.modeProperty().get())).isEqualTo(LessonSession.Mode.STEP);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        awaitSettledOnScreen(robot);
        long afterStep = onFx(() -> session.history().size());
        assertThat(onFx(() -> session.world().threads().stream().anyMatch(t -> t.activeOp() != null)))
                .as("%s", onFx(() -> dev.interleave.testing.EventText.of(session.history().recording()))).isTrue();

        // 1 and 2 step threads 1 and 2; N and -> step the longest-waiting.
        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        awaitSettledOnScreen(robot);
        assertThat(onFx(() -> session.world().threadNamed("T2").activeOp())).isNotNull();
        robot.press(KeyCode.N).release(KeyCode.N);
        awaitSettledOnScreen(robot);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        awaitSettledOnScreen(robot);
        assertThat(onFx(() -> session.history().size())).isGreaterThan(afterStep);

        // PageUp and <- go back in time.
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        assertThat(onFx(session::viewingPast)).isTrue();
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        long back = onFx(session::shownPosition);
        assertThat(back).isEqualTo(onFx(() -> session.history().size()) - 2);
        // -> goes forward again while looking back; End returns to the present.
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(onFx(session::shownPosition)).isEqualTo(back + 1);
        robot.press(KeyCode.END).release(KeyCode.END);
        assertThat(onFx(session::viewingPast)).isFalse();

        // R resets: a fresh run, in the present.
        Object before = onFx(() -> session.runProperty().get());
        robot.press(KeyCode.R).release(KeyCode.R);
        awaitSettledOnScreen(robot);
        assertThat(onFx(() -> session.runProperty().get())).isNotSameAs(before);
        assertThat(onFx(session::viewingPast)).isFalse();

        // L toggles the lesson's lock.
        ToggleSwitch lock = robot.lookup("#param-lock").queryAs(ToggleSwitch.class);
        boolean locked = lock.isSelected();
        robot.press(KeyCode.L).release(KeyCode.L);
        assertThat(lock.isSelected()).isEqualTo(!locked);
        awaitSettledOnScreen(robot);

        // Space plays and pauses.
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(onFx(() -> session.playingProperty().get())).isTrue();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(onFx(() -> session.playingProperty().get())).isFalse();

        // B pauses and blanks; B again shows the stage.
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        robot.press(KeyCode.B).release(KeyCode.B);
        assertThat(robot.lookup("#blank").query().isVisible()).isTrue();
        assertThat(onFx(() -> session.playingProperty().get())).isFalse();
        robot.press(KeyCode.B).release(KeyCode.B);
        assertThat(robot.lookup("#blank").query().isVisible()).isFalse();

        // F5 presenter on, F5 off.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertThat(p.presenterProperty().get()).isTrue();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertThat(p.presenterProperty().get()).isFalse();

        // T runs trials.
        robot.press(KeyCode.T).release(KeyCode.T);
        assertThat(robot.lookup("#tab-trials").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#trials-latest").tryQuery().isPresent()
                        || robot.lookup("#trials-status").queryAs(Label.class).getText().startsWith("Running")));
    }
}
