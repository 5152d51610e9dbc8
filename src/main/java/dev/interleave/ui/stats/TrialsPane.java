package dev.interleave.ui.stats;

import dev.interleave.explore.TrialResult;
import dev.interleave.explore.Trials;
import dev.interleave.scenario.Grade;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.RecordingHeader;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Outcome statistics in the manner of jcstress: run the lesson many times at full speed in the background,
 * with a progress bar, an estimate of the time left and Stop (which keeps what was counted), then a table of
 * outcomes (count, %, grade in colour). The last two tables stand side by side, so flipping the lock and
 * running again compares them. Clicking a row that happened replays one run that produced it, step by step
 * on the stage. FX thread only; the trials run on a worker.
 */
public final class TrialsPane extends VBox {
    private static final List<Integer> COUNTS = List.of(1_000, 10_000, 100_000);

    private final LessonSession session;
    private final Texts texts;
    private final ComboBox<Integer> count = new ComboBox<>();
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    /** The last two tables: side by side where there is room, one above the other where there is not. */
    private final FlowPane tables = new FlowPane(16, 12);
    private final List<TrialResult> results = new ArrayList<>();
    private Task<TrialResult> task;
    /** The trials {@link #task} runs, for Stop; null when none run. */
    private Trials trials;

    /** One row of a result table. */
    public record Row(Outcome outcome, long count, double percent, RecordingHeader witness, String description) {}

    public TrialsPane(LessonSession session) {
        this.session = session;
        this.texts = session.texts();
        getStyleClass().add("trials-pane");
        setId("trials-pane");
        setSpacing(8);
        count.getItems().setAll(COUNTS);
        count.setValue(10_000);
        count.setId("trials-count");
        run.setId("run-trials");
        run.setGraphic(new FontIcon(MaterialDesignP.PLAY_BOX_MULTIPLE));
        run.setOnAction(e -> start());
        cancel.setId("cancel-trials");
        cancel.setGraphic(new FontIcon(MaterialDesignC.CLOSE_CIRCLE));
        // Stop ends the batch after the run in progress; the trials done so far are counted and shown. A
        // lesson with think time runs tens of trials a second, and 10,000 of them take minutes.
        cancel.setOnAction(e -> {
            if (trials != null) {
                trials.cancel();
            }
        });
        cancel.setDisable(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("trials-progress");
        status.setId("trials-status");
        HBox bar = new HBox(8, run, count, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        status.setWrapText(true);
        getChildren().addAll(bar, progress, status, tables);
        texts.localeProperty().addListener((obs, old, now) -> words());
        session.scenarioProperty().addListener((obs, old, now) -> {
            if (old != now) {
                results.clear();
                tables.getChildren().clear();
            }
        });
        words();
    }

    private void words() {
        run.setText(texts.get("trials.run"));
        run.setTooltip(new Tooltip(texts.get("trials.run.tip")));
        cancel.setText(texts.get("trials.cancel"));
        cancel.setTooltip(new Tooltip(texts.get("trials.cancel.tip")));
        count.setTooltip(new Tooltip(texts.get("trials.count.tip")));
        count.setAccessibleText(texts.get("trials.count.tip"));
        showTables();
    }

    /** Starts the trials (ignored while some run). */
    public void start() {
        if (task != null) {
            return;
        }
        Scenario lesson = session.scenarioProperty().get();
        ParameterValues values = session.valuesProperty().get();
        int n = count.getValue();
        Trials batch = new Trials(lesson, values);
        trials = batch;
        task = new Task<>() {
            @Override
            protected TrialResult call() {
                return batch.run(n, done -> updateProgress(done, n));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        run.setDisable(true);
        cancel.setDisable(false);
        status.setText(texts.get("trials.running", n));
        long started = System.nanoTime();
        task.progressProperty().addListener((obs, old, now) -> {
            if (task != null && now.doubleValue() > 0) {
                long done = Math.round(now.doubleValue() * n);
                double seconds = (System.nanoTime() - started) / 1e9;
                long left = Math.round(seconds / done * (n - done));
                status.setText(texts.get("trials.running.left", n, done, left));
            }
        });
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> {
            status.setText(texts.get("trials.failed", String.valueOf(task.getException())));
            finished(null);
        });
        Thread.ofPlatform().name("interleave-trials").daemon(true).start(task);
    }

    private void finished(TrialResult result) {
        progress.progressProperty().unbind();
        run.setDisable(false);
        cancel.setDisable(true);
        task = null;
        trials = null;
        if (result == null) {
            return;
        }
        String summary = result.cancelled()
                ? texts.get("trials.stopped", result.completed(), result.trials(),
                        result.elapsed().toMillis() / 1000.0, result.trialsPerSecond())
                : texts.get("trials.done", result.completed(), result.elapsed().toMillis() / 1000.0,
                        result.trialsPerSecond());
        status.setText(summary + (result.failed() > 0 ? "  " + texts.get("trials.lesson.failed",
                result.failed(), String.valueOf(result.firstFailure())) : ""));
        results.add(result);
        while (results.size() > 2) {
            results.removeFirst();
        }
        showTables();
    }

    private void showTables() {
        tables.getChildren().clear();
        for (TrialResult r : results) {
            tables.getChildren().add(table(r));
        }
    }

    private VBox table(TrialResult r) {
        Scenario lesson = r.scenario();
        Label title = new Label(String.join("  ", r.values().asText().entrySet().stream()
                .map(e -> texts.lesson(lesson.id() + ".param." + e.getKey()) + " = " + e.getValue()).toList()));
        title.getStyleClass().add("trials-title");
        TableView<Row> table = new TableView<>();
        table.getStyleClass().add("trials-table");
        table.setId(results.indexOf(r) == results.size() - 1 ? "trials-latest" : "trials-previous");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> outcome = new TableColumn<>(texts.get("trials.col.outcome"));
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().description()));
        outcome.setCellFactory(c -> new WrappingCell());
        TableColumn<Row, Long> n = new TableColumn<>(texts.get("trials.col.count"));
        n.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        n.setPrefWidth(80);
        TableColumn<Row, String> pct = new TableColumn<>("%");
        pct.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.format(Locale.ROOT, "%.1f", c.getValue().percent())));
        pct.setPrefWidth(60);
        TableColumn<Row, Grade> grade = new TableColumn<>(texts.get("trials.col.grade"));
        grade.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome().grade()));
        grade.setCellFactory(c -> new GradeCell());
        grade.setPrefWidth(120);
        table.getColumns().setAll(List.of(n, pct, grade, outcome));
        for (int i = 0; i < lesson.outcomes().size(); i++) {
            Outcome o = lesson.outcomes().get(i);
            long c = r.counts()[i];
            table.getItems().add(new Row(o, c, 100.0 * c / Math.max(1, r.completed()), r.witnesses().get(i),
                    texts.lesson(o.descriptionKey(lesson.id()))));
        }
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                Row item = row.getItem();
                if (item != null && item.witness() != null) {
                    session.replay(item.witness());
                }
            });
            row.itemProperty().addListener((obs, old, now) -> {
                row.getStyleClass().removeAll("replayable");
                if (now != null && now.witness() != null) {
                    row.getStyleClass().add("replayable");
                    row.setTooltip(new Tooltip(texts.get("trials.replay.tip")));
                } else {
                    row.setTooltip(null);
                }
            });
            return row;
        });
        table.setFixedCellSize(-1);
        table.setPrefHeight(40 + 52 * lesson.outcomes().size());
        VBox box = new VBox(4, title, table);
        box.setPrefWidth(460);
        return box;
    }

    /** The grade, coloured: green acceptable, amber interesting, red forbidden. */
    private final class GradeCell extends TableCell<Row, Grade> {
        @Override
        protected void updateItem(Grade grade, boolean empty) {
            super.updateItem(grade, empty);
            getStyleClass().removeAll("grade-acceptable", "grade-interesting", "grade-forbidden");
            if (empty || grade == null) {
                setText(null);
                return;
            }
            setText(texts.get("banner." + grade.name()));
            getStyleClass().add("grade-" + grade.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A long outcome description, wrapped inside its column. */
    private static final class WrappingCell extends TableCell<Row, String> {
        private final Label text = new Label();

        WrappingCell() {
            text.setWrapText(true);
            text.maxWidthProperty().bind(widthProperty().subtract(10));
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty ? null : value);
            setGraphic(empty ? null : text);
        }
    }

    /** Whether trials are running now (for tests). */
    public boolean running() {
        return task != null;
    }
}
