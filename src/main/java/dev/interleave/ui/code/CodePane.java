package dev.interleave.ui.code;

import atlantafx.base.theme.Styles;
import dev.interleave.scenario.LessonComments;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.PythonProgram;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.ThreadModel;
import dev.interleave.trace.WorldState;
import dev.interleave.ui.LazyTabs;
import dev.interleave.ui.SourceText;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.stage.ChipRow;
import dev.interleave.ui.stage.ChipView;
import dev.interleave.ui.stage.ThreadColours;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The right-hand panel: the lesson's real Java source, each thread's current line marked in that thread's
 * colour, and a tab with the Python program the lesson corresponds to. FX thread only.
 */
public final class CodePane extends TabPane {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final LessonSession session;
    private final Texts texts;
    private final ListView<Integer> java = new ListView<>();
    private final ListView<Integer> python = new ListView<>();
    private final Label pythonNote = new Label();
    private final Tab javaTab = new Tab();
    private final Tab pythonTab = new Tab();
    private List<String> javaLines = List.of();
    /**
     * The lesson's Python program as read (its comments in the app's language), and as shown: with the current
     * parameters, compacted.
     */
    private List<String> pythonProgram = List.of();
    private List<String> pythonLines = List.of();
    /** A line shows at most this many thread markers, then how many more threads are on it. */
    private static final int MAX_MARKERS = 4;
    /**
     * From this many threads on one line, the line shows one of them and how many more ("v-1 +9,999"): four
     * chips of a crowd say nothing more, and the margin, which only ever widens, pushed the code out of sight.
     */
    public static final int CROWD_ON_A_LINE = 10;
    /** What a line shows: its first threads (at most {@link #MAX_MARKERS}) and how many are on it in all. */
    private record LineMarks(List<ChipView> first, int count) {
        static final LineMarks NONE = new LineMarks(List.of(), 0);
    }

    /** Line number → what it shows now; only lines of the listing that have threads on them. */
    private Map<Integer, LineMarks> marks = Map.of();
    /** The line of the thread that moved last (0: none): kept in view when the marked lines do not all fit. */
    private int lastMoverLine;
    /**
     * The Java list's cells: when the marks change, each repaints its own markers in place, reusing its chips.
     * ({@code ListView.refresh()} would update every cell from scratch, with new chips for every marked line:
     * at full speed the marks change every pulse, and each new node costs a CSS pass.) Weak, so that a cell
     * the list lets go of is forgotten.
     */
    private final Set<CodeCell> javaCells = Collections.newSetFromMap(new WeakHashMap<>());
    /**
     * The width of the marks column, the same on every line so that the code stays indented as written (a
     * line with three threads on it used to push its code further right than its neighbours'): the widest
     * marks any line has had since the lesson was opened. It grows a pulse after a line's marks outgrow it
     * and never shrinks while the lesson is open, so the code does not jump back and forth as threads move.
     */
    private final DoubleProperty marksWidth = new SimpleDoubleProperty();

    public CodePane(LessonSession session) {
        this.session = session;
        this.texts = session.texts();
        setId("code-pane");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        java.getStyleClass().addAll("code-view", Styles.DENSE);
        java.setId("java-code");
        java.setCellFactory(v -> {
            CodeCell cell = new CodeCell(true);
            javaCells.add(cell);
            return cell;
        });
        python.getStyleClass().addAll("code-view", Styles.DENSE);
        python.setId("python-code");
        python.setCellFactory(v -> new CodeCell(false));
        pythonNote.setWrapText(true);
        // All of it, however small the panel: it says which Python idiom the lesson is (the program scrolls).
        pythonNote.setMinHeight(Region.USE_PREF_SIZE);
        pythonNote.getStyleClass().add("lesson-notes");
        pythonNote.setId("tab-python-note");
        VBox pythonBox = new VBox(pythonNote, python);
        VBox.setVgrow(python, Priority.ALWAYS);
        javaTab.setContent(java);
        javaTab.setGraphic(new FontIcon(MaterialDesignL.LANGUAGE_JAVA));
        // The Python program joins the scene when its tab is first shown: it is not on the first frame.
        LazyTabs.fillWhenFirstShown(pythonTab, () -> pythonBox);
        pythonTab.setGraphic(new FontIcon(MaterialDesignL.LANGUAGE_PYTHON));
        pythonTab.setId("tab-python");
        javaTab.setId("tab-java");
        getTabs().addAll(javaTab, pythonTab);
        session.scenarioProperty().addListener((obs, old, now) -> load(now));
        session.revisionProperty().addListener((obs, old, now) -> mark());
        session.valuesProperty().addListener((obs, old, now) -> {
            pythonLines = shown(withValues(pythonProgram));
            python.refresh();
        });
        // Zoom and presenter mode change how many lines fit: keep the marked lines in view.
        java.heightProperty().addListener((obs, old, now) -> Platform.runLater(this::scrollToMarks));
        texts.localeProperty().addListener((obs, old, now) -> {
            words();
            Scenario lesson = session.scenarioProperty().get();
            if (lesson != null) {
                readSources(lesson); // their comments in the new language
                java.refresh();
                python.refresh();
            }
        });
        words();
    }

    private void words() {
        javaTab.setText(texts.get("code.java"));
        pythonTab.setText(texts.get("code.python"));
        Scenario lesson = session.scenarioProperty().get();
        pythonNote.setText(lesson == null ? "" : texts.lesson(lesson.id() + ".python"));
    }

    private void load(Scenario lesson) {
        readSources(lesson);
        java.getItems().setAll(numbers(javaLines.size()));
        python.getItems().setAll(numbers(pythonLines.size()));
        marks = Map.of();
        lastMoverLine = 0;
        marksWidth.set(0);
        words();
        scrollToMarks();
    }

    /**
     * The lesson's Java source and Python program, their comments in the app's language ({@link LessonComments}),
     * compacted once here rather than by every cell each time it shows a line ({@link #compact}); a cell only
     * finds where a line's comment starts, a scan of the line, when it is given the line.
     */
    private void readSources(Scenario lesson) {
        LessonComments comments = LessonComments.of(texts.locale());
        javaLines = shown(comments.translate(SourceText.lines(lesson.sourceResource()), LessonComments.Syntax.JAVA));
        pythonProgram = comments.translate(SourceText.lines(lesson.pythonResource()), LessonComments.Syntax.PYTHON);
        pythonLines = shown(withValues(pythonProgram));
    }

    private static List<String> shown(List<String> lines) {
        return lines.stream().map(CodePane::compact).toList();
    }

    /** The Python program with the lesson's current parameters in its constants ({@link PythonProgram}). */
    private List<String> withValues(List<String> program) {
        ParameterValues values = session.valuesProperty().get();
        return values == null || values.scenario() != session.scenarioProperty().get() ? program
                : PythonProgram.withValues(program, values);
    }

    private static List<Integer> numbers(int count) {
        List<Integer> list = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            list.add(i);
        }
        return list;
    }

    /**
     * Counts the threads on each line of the listing and keeps the first few of each as chips: a line shows
     * no more. (A chip for every thread, in a map compared with the last one, cost the virtual-threads lesson
     * ten thousand of each every pulse.)
     */
    private void mark() {
        WorldState w = session.world();
        int lines = javaLines.size();
        int[] counts = new int[lines + 1];
        ChipView[][] first = new ChipView[lines + 1][];
        long lastMove = -1;
        int moverLine = 0;
        for (ThreadModel t : w.threads()) {
            int line = t.line();
            if (line > 0 && line <= lines && t.alive()) {
                if (t.lastSeq() > lastMove) {
                    lastMove = t.lastSeq();
                    moverLine = line;
                }
                if (counts[line] < MAX_MARKERS) {
                    if (first[line] == null) {
                        first[line] = new ChipView[MAX_MARKERS];
                    }
                    first[line][counts[line]] =
                            new ChipView(t.id(), t.name(), ThreadColours.of(t.id()), MarginNames.of(t.name()));
                }
                counts[line]++;
            }
        }
        Map<Integer, LineMarks> now = new HashMap<>();
        for (int line = 1; line <= lines; line++) {
            if (counts[line] > 0) {
                int chips = counts[line] >= CROWD_ON_A_LINE ? 1 : Math.min(counts[line], MAX_MARKERS);
                List<ChipView> shown = List.of(Arrays.copyOf(first[line], chips));
                now.put(line, new LineMarks(shown, counts[line]));
            }
        }
        if (!now.equals(marks)) {
            marks = now;
            lastMoverLine = moverLine;
            for (CodeCell cell : javaCells) {
                cell.showMarks();
            }
            scrollToMarks();
        }
    }

    /**
     * Brings the marked lines into view if one of them is not: all of them, with a little room above, when they
     * fit the panel; else the line of the thread a learner just stepped ({@link #followed}), with two lines
     * above it, so that it does not vanish (T1 stepped to line 148 left the panel on T2 at line 104), or the
     * first marked line. Marks are kept only for the listing's own lines: scrolling past its end would lay out
     * every cell again on every pulse.
     */
    private void scrollToMarks() {
        if (marks.isEmpty()) {
            return;
        }
        int top = Collections.min(marks.keySet()) - 1; // the list's indices count from 0, lines from 1
        int bottom = Collections.max(marks.keySet()) - 1;
        VirtualFlow<?> flow = (VirtualFlow<?>) java.lookup(".virtual-flow");
        if (flow != null && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            int first = flow.getFirstVisibleCell().getIndex();
            int last = flow.getLastVisibleCell().getIndex(); // often cut by the panel's edge
            if (top > first && bottom < last - 1) {
                return;
            }
            if (bottom - top < last - first - 4) {
                java.scrollTo(Math.max(0, top - 2));
                return;
            }
            int mover = followed() - 1;
            if (mover >= 0 && mover > first && mover < last - 1) {
                return; // they do not all fit, and the one that moved last is in view
            }
        }
        // Two lines above it: zoomed in, lines wrap onto several rows, and five took most of the panel.
        java.scrollTo(Math.max(0, (followed() > 0 ? followed() - 1 : top) - 2));
    }

    /**
     * The line to keep in view when the marked lines do not all fit: the one the thread that moved last is on,
     * while the learner moves the threads (no play), else none (the first marked line is kept instead: at
     * full speed the last mover changes every pulse, and the panel jumped back and forth with it).
     */
    private int followed() {
        return session.playingProperty().get() ? 0 : lastMoverLine;
    }

    /**
     * The line as shown: its indentation halved, so that the lesson's code fits the panel with fewer wrapped
     * rows ({@link CodeLineText} wraps what still does not fit, and puts a comment after code two characters
     * after it, not in the column far to the right where the sources line their comments up).
     */
    static String compact(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return " ".repeat(spaces / 2) + line.substring(spaces);
    }

    /**
     * Widens the marks column to {@code width}, after the layout pass in which a line's marks outgrew it: a
     * change made during the pass would not reach the lines already laid out in it (JavaFX does not pass a
     * layout request up to a parent that is laying out), and they would keep their narrower column.
     */
    private void widenMarks(double width) {
        if (width > marksWidth.get()) {
            Platform.runLater(() -> marksWidth.set(Math.max(marksWidth.get(), width)));
        }
    }

    private final class CodeCell extends ListCell<Integer> {
        private final boolean withMarks;
        private final Label number = new Label();
        private final HBox markers = new HBox();
        private final ChipRow chips = new ChipRow(markers, session.texts(), MAX_MARKERS);
        private final CodeLineText text = new CodeLineText();
        private final HBox row;

        CodeCell(boolean withMarks) {
            this.withMarks = withMarks;
            number.getStyleClass().add("line-number");
            markers.getStyleClass().add("markers");
            if (withMarks) {
                // The column is at least as wide as the widest marks so far, and these marks widen it.
                StackPane column = new StackPane(markers);
                column.setAlignment(Pos.TOP_LEFT); // on a line's first row when its comment wraps
                column.minWidthProperty().bind(marksWidth);
                markers.widthProperty().addListener((obs, old, now) -> widenMarks(now.doubleValue()));
                row = new HBox(number, column, text);
            } else {
                row = new HBox(number, text);
            }
            HBox.setHgrow(text, Priority.ALWAYS); // the room the line wraps in
            row.getStyleClass().add("code-line");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Integer line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            List<String> lines = withMarks ? javaLines : pythonLines;
            number.setText(Integer.toString(line));
            String shown = line <= lines.size() ? lines.get(line - 1) : "";
            text.show(shown, LessonComments.commentStartAt(shown,
                    withMarks ? LessonComments.Syntax.JAVA : LessonComments.Syntax.PYTHON));
            showMarks();
            setGraphic(row);
        }

        /**
         * As tall as the line's wrapped rows at this width. (A cell's skin asks its graphic for its height
         * without the width, and the rows a comment wraps onto would overlap the next line.)
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width < 0) {
                return super.computePrefHeight(width);
            }
            double inside = width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + row.prefHeight(inside) + snappedBottomInset();
        }

        /** Shows the threads now on this cell's line, changing only the chips that differ. */
        void showMarks() {
            Integer line = getItem();
            boolean marked = withMarks && !isEmpty() && line != null;
            LineMarks on = marked ? marks.getOrDefault(line, LineMarks.NONE) : LineMarks.NONE;
            chips.show(on.first(), on.count(), null);
            row.pseudoClassStateChanged(CURRENT, on.count() > 0);
        }
    }
}
