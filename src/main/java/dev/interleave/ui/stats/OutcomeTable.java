package dev.interleave.ui.stats;

import dev.interleave.scenario.Grade;
import dev.interleave.ui.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One batch of trials as a table: count, %, grade in colour and what the outcome means, the last wrapped in
 * all the width that is left, so the words that explain a result are never cut off (a {@code TableView} kept
 * its rows one line high and the description column narrow). A row that happened replays one run that ended
 * so, by click or by Enter. FX thread only.
 */
final class OutcomeTable extends VBox {
    private final List<TrialsPane.Row> rows;
    /** The grade column's labels, header first: as wide as the widest of them, in whatever language. */
    private final List<Label> grades = new java.util.ArrayList<>();

    OutcomeTable(Texts texts, List<TrialsPane.Row> rows, Consumer<TrialsPane.Row> replay) {
        this.rows = List.copyOf(rows);
        getStyleClass().add("outcome-table");
        Label gradeHeader = new Label(texts.get("trials.col.grade"));
        grades.add(gradeHeader);
        HBox header = line(new Label(texts.get("trials.col.count")), new Label("%"), gradeHeader,
                new Label(texts.get("trials.col.outcome")));
        header.getStyleClass().add("outcome-header");
        getChildren().add(header);
        for (TrialsPane.Row row : this.rows) {
            Grade grade = row.outcome().grade();
            Label gradeText = new Label(texts.get("banner." + grade.name()));
            gradeText.getStyleClass().add("grade-" + grade.name().toLowerCase(Locale.ROOT));
            gradeText.setTooltip(new Tooltip(texts.get("trials.grade." + grade.name()))); // what the grade means
            grades.add(gradeText);
            HBox line = line(new Label(String.format(Locale.ROOT, "%,d", row.count())),
                    new Label(String.format(Locale.ROOT, "%.1f", row.percent())), gradeText,
                    new Label(row.description()));
            line.getStyleClass().add("outcome-row");
            line.setUserData(row);
            if (row.witness() != null) {
                line.getStyleClass().add("replayable");
                line.setFocusTraversable(true);
                Tooltip.install(line, new Tooltip(texts.get("trials.replay.tip")));
                line.setOnMouseClicked(e -> replay.accept(row));
                line.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        replay.accept(row);
                        e.consume();
                    }
                });
            }
            getChildren().add(line);
        }
    }

    /** Count, percent, grade, outcome: the first three as wide as their column, the last wraps in the rest. */
    private static HBox line(Label count, Label percent, Label grade, Label outcome) {
        count.getStyleClass().add("outcome-count");
        percent.getStyleClass().add("outcome-percent");
        grade.getStyleClass().add("outcome-grade");
        outcome.getStyleClass().add("outcome-words");
        outcome.setWrapText(true);
        outcome.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        HBox line = new HBox(count, percent, grade, outcome);
        line.getStyleClass().add("outcome-line");
        return line;
    }

    /**
     * Gives the grade column the width of its widest word ("INTERESTING", or "주목할 만함"), so the outcome's words get
     * the rest: a width fixed for English left the Korean column half empty and the words wrapping every few
     * characters. Measured here because a label's width is known only once its style (bold, size) applies.
     */
    @Override
    protected void layoutChildren() {
        double widest = 0;
        for (Label g : grades) {
            widest = Math.max(widest, Math.ceil(g.prefWidth(-1)));
        }
        for (Label g : grades) {
            if (g.getMinWidth() != widest) {
                g.setMinWidth(widest);
            }
        }
        super.layoutChildren();
    }

    /** The rows, in the lesson's order of outcomes. */
    List<TrialsPane.Row> rows() {
        return rows;
    }
}
