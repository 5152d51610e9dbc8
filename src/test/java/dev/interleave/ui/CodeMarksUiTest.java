package dev.interleave.ui;

import dev.interleave.trace.ThreadModel;
import dev.interleave.ui.code.CodePane;
import dev.interleave.ui.session.LessonSession;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static dev.interleave.ui.UiTestSupport.awaitSettledOnScreen;
import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A code line with more threads on it than it has room for shows the first four and how many more: eight
 * threads of the lost-update lesson, all waiting at their first step on the same line. And however many
 * marks a line has, its code starts where every other line's does.
 */
class CodeMarksUiTest extends AppUiTest {

    /** The texts of the markers on each marked line in view, e.g. [T1, T2, T3, T4, +4]. */
    private static List<List<String>> markedLines(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#java-code").lookup(".code-line").queryAll().stream()
                .filter(line -> line.getParent() != null && line.getParent().isVisible())
                .map(line -> robot.from(line).lookup(".markers").query())
                .map(markers -> ((Parent) markers).getChildrenUnmodifiable().stream()
                        .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList())
                .filter(texts -> !texts.isEmpty())
                .toList());
    }

    @Test
    void numberedThreadsShowShortInTheMarginAndKeepTheirNameForAScreenReader(FxRobot robot) throws Exception {
        openBySearch(robot, "semaphore");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markedLines(robot).stream()
                .anyMatch(texts -> texts.stream().anyMatch(t -> t.matches("w[1-4]"))));
        List<String> spoken = onFx(() -> robot.lookup("#java-code .markers .thread-chip").queryAll().stream()
                .filter(Node::isVisible).map(Node::getAccessibleText).toList());
        assertThat(spoken).isNotEmpty().allMatch(name -> name.matches("worker-[1-4]"));
    }

    @Test
    void aLineWithEightThreadsShowsFourAndHowManyMore(FxRobot robot) throws Exception {
        openInStepMode(robot, "lost-update");
        setParameters(UiTestSupport.session(robot), "threads", "8");
        // the threads reach their first step one after another: wait for the eighth (or time out)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> markedLines(robot).stream()
                .anyMatch(texts -> texts.size() == 5 && texts.getLast().equals("+4")));

        List<String> crowded = markedLines(robot).stream().filter(texts -> texts.size() == 5).findFirst().orElseThrow();
        assertThat(crowded.subList(0, 4)).allMatch(text -> text.matches("T[1-8]")).doesNotHaveDuplicates();
        assertThat(crowded.getLast()).isEqualTo("+4");

        // the marks column widens for every line a pulse after the crowded line outgrew it
        Set<Double> starts = codeStarts(robot);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (starts.size() > 1 && System.nanoTime() < end) {
            Thread.sleep(50);
            starts = codeStarts(robot);
        }
        assertThat(starts).as("where the code of each line in view starts").hasSize(1);
    }

    /**
     * Thirty virtual threads asleep on one line: the line shows one of them and how many more, not four chips
     * of a crowd (the margin only ever widens, and four long names pushed the code out of sight).
     */
    @Test
    void aLineWithACrowdShowsOneThreadAndHowManyMore(FxRobot robot) throws Exception {
        openBySearch(robot, "virtual-threads");
        LessonSession session = UiTestSupport.session(robot);
        setParameters(session, "threads", "30", "sleep", "1000");
        onFx(() -> {
            session.play();
            return null;
        });
        // A line with a crowd on it (ten or more threads, as its "+N" counts them), read in the same look at
        // the panel as it is found: the sleepers move on at any moment.
        Predicate<List<String>> crowd = texts -> texts.getLast().matches("\\+[0-9,]+")
                && Integer.parseInt(texts.getLast().substring(1).replace(",", "")) + texts.size() - 1
                >= CodePane.CROWD_ON_A_LINE;
        AtomicReference<List<String>> found = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            markedLines(robot).stream().filter(crowd).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        List<String> crowded = found.get();
        assertThat(crowded).hasSize(2);
        assertThat(crowded.getFirst()).matches("v-[0-9]+"); // as the lanes name it
    }

    /**
     * Threads on two lines a few apart, the upper line near the bottom of the panel: when a thread moves, the
     * panel scrolls so that both lines are in view, not only the upper one.
     */
    @Test
    void whenAMarkedLineIsBelowThePanelItScrollsToShowEveryMarkedLine(FxRobot robot) throws Exception {
        openInStepMode(robot, "lost-update");
        LessonSession session = UiTestSupport.session(robot);
        setParameters(session, "threads", "3");
        UiTestSupport.awaitSettledOnScreen(robot);
        robot.clickOn("#step-T1"); // T1 reads (its next line is the write, three lines down); T2 and T3 wait
        UiTestSupport.awaitSettledOnScreen(robot);
        ListView<?> code = robot.lookup("#java-code").queryAs(ListView.class);
        int upper = onFx(() -> lines(session).stream().min(Integer::compare).orElseThrow()) - 1;
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) code.lookup(".virtual-flow");
            int rows = flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex();
            code.scrollTo(Math.max(0, upper - rows + 3)); // the upper marked line third from the bottom
        });

        robot.clickOn("#step-T3"); // T3 reads too: the marks change, on the same two lines
        UiTestSupport.awaitSettledOnScreen(robot);

        WaitForAsyncUtils.waitForFxEvents();
        int[] view = onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) code.lookup(".virtual-flow");
            return new int[] {flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex()};
        });
        assertThat(onFx(() -> lines(session))).as("marked lines, in view from %d to %d", view[0] + 1, view[1])
                .hasSize(2).allMatch(line -> line - 1 >= view[0] && line - 1 < view[1]);
    }

    /**
     * On a 1280x720 window the bank lesson's two threads get further apart than the code panel shows (T1 in
     * its think time at the bottom of the class, T2 at its check): the panel keeps the thread just stepped in
     * view. It used to keep the first marked line, and the chip of the thread a learner had just stepped was
     * gone from sight.
     */
    @Test
    void theCodeKeepsTheThreadJustSteppedInViewWhenTheMarkedLinesDoNotAllFit(FxRobot robot) throws Exception {
        resizeWindow(robot, 1280, 720);
        openInStepMode(robot, "bank-withdrawal");
        setLock(robot, false);
        LessonSession session = UiTestSupport.session(robot);
        ListView<?> code = robot.lookup("#java-code").queryAs(ListView.class);
        boolean apart = false;
        for (int step = 0; step < 12 && !apart; step++) {
            robot.type(KeyCode.DIGIT1);
            awaitSettledOnScreen(robot);
            int t1 = lineOf(session, "T1");
            if (t1 <= 0) {
                break; // T1 has ended
            }
            int[] view = visibleRows(code);
            assertThat(t1 - 1).as("T1's line %d, in view from %d to %d", t1, view[0] + 1, view[1])
                    .isBetween(view[0], view[1] - 1);
            apart = Math.abs(t1 - lineOf(session, "T2")) > view[1] - view[0];
        }
        assertThat(apart).as("T1 and T2 further apart than the panel shows").isTrue();

        robot.type(KeyCode.DIGIT2);
        awaitSettledOnScreen(robot);
        int t2 = lineOf(session, "T2");
        int[] view = visibleRows(code);
        assertThat(t2 - 1).as("T2's line %d, in view from %d to %d", t2, view[0] + 1, view[1])
                .isBetween(view[0], view[1] - 1);
    }

    /**
     * The list reuses its cells as it scrolls, and a line's indentation is not in its label's text: a cell
     * that went from one "}" to another kept the first one's place (a newcomer saw line 50's "}" two levels
     * too far left). Wherever the list is scrolled, each line's code starts at its own indentation.
     */
    @Test
    void eachLineOfCodeStartsAtItsOwnIndentationWhereverTheListIsScrolled(FxRobot robot) throws Exception {
        openInStepMode(robot, "bank-withdrawal");
        ListView<?> code = robot.lookup("#java-code").queryAs(ListView.class);
        List<String> source = dev.interleave.ui.SourceText.lines(
                UiTestSupport.session(robot).scenarioProperty().get().sourceResource());
        int checked = 0;
        for (int top = 0; top < source.size(); top += 5) {
            int first = top;
            robot.interact(() -> code.scrollTo(first));
            WaitForAsyncUtils.waitForFxEvents();
            checked += onFx(() -> {
                int lines = 0;
                for (Node line : robot.from(code).lookup(".code-line").queryAll()) {
                    if (line.getParent() == null || !line.getParent().isVisible()) {
                        continue; // a spare cell of the list
                    }
                    Label text = robot.from(line).lookup(".code-text").queryAs(Label.class);
                    if (!text.isVisible() || text.getText().contains("\n")) {
                        continue; // no code, or code wrapped onto rows of its own indentation
                    }
                    int number = Integer.parseInt(robot.from(line).lookup(".line-number").queryAs(Label.class).getText());
                    String written = source.get(number - 1);
                    int spaces = written.length() - written.stripLeading().length();
                    double charWidth = text.getWidth() / text.getText().length();
                    Node start = robot.from(line).lookup(".code-line-text").query();
                    double shownAt = (text.localToScene(0, 0).getX() - start.localToScene(0, 0).getX()) / charWidth;
                    assertThat(shownAt).as("line %d, %s", number, text.getText()).isCloseTo(spaces / 2.0, within(0.3));
                    lines++;
                }
                return lines;
            });
        }
        assertThat(checked).isGreaterThan(source.size());
    }

    /** The first and last rows of the list in view (the last often cut by the panel's edge). */
    private static int[] visibleRows(ListView<?> code) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) code.lookup(".virtual-flow");
            return new int[] {flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex()};
        });
    }

    /** The line {@code thread} is on, as the run's world says; 0 or less when it has none (or has ended). */
    private static int lineOf(LessonSession session, String thread) throws Exception {
        return onFx(() -> session.world().threads().stream().filter(t -> t.name().equals(thread) && t.alive())
                .mapToInt(ThreadModel::line).findFirst().orElse(0));
    }

    /** Sets the lesson's parameters, name then value, as the control bar does (each starts a new run). */
    private static void setParameters(LessonSession session, String... nameThenValue) throws Exception {
        onFx(() -> {
            for (int i = 0; i < nameThenValue.length; i += 2) {
                session.setParameter(nameThenValue[i], nameThenValue[i + 1]);
            }
            return null;
        });
    }

    /** The lines the lesson's threads are on. */
    private static Set<Integer> lines(LessonSession session) {
        return session.world().threads().stream().filter(ThreadModel::alive).map(ThreadModel::line)
                .filter(line -> line > 0).collect(Collectors.toSet());
    }

    /** The distinct x positions, in the scene, where the code text of the lines in view starts. */
    private static Set<Double> codeStarts(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#java-code").lookup(".code-line").queryAll().stream()
                .filter(line -> line.getParent() != null && line.getParent().isVisible())
                .map(line -> robot.from(line).lookup(".code-line-text").<Node>query())
                .map(text -> Math.rint(text.localToScene(0, 0).getX()))
                .collect(Collectors.toSet()));
    }
}
