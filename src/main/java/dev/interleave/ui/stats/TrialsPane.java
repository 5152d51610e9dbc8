package dev.interleave.ui.stats;

import dev.interleave.explore.TrialResult;
import dev.interleave.explore.Trials;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.RecordingHeader;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcome statistics in the manner of jcstress: run the lesson many times at full speed in the background,
 * with a progress bar, an estimate of the time left and Stop (which keeps what was counted), then a table of
 * outcomes (count, %, grade in colour). The last two tables stand side by side, so flipping the lock and
 * running again compares them. Clicking a row that happened replays one run that produced it, step by step
 * on the stage. FX thread only; the trials run on a worker.
 */
public final class TrialsPane extends VBox {
    private static final List<Integer> COUNTS = List.of(1_000, 10_000, 100_000);
    /** How wide a table must be to stand beside the other one. */
    private static final double SIDE_BY_SIDE_MIN = 420;

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
        // 1,000 by default: a second or less for most lessons, about ten for one with think time (10 ms a
        // run: 10,000 took 108 s, too long for a lecture); a rare outcome may want more.
        count.setValue(1_000);
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
        List<String> settings = new ArrayList<>();
        for (Parameter<?> p : lesson.parameters()) {
            settings.add(texts.lesson(p.labelKey(lesson.id())) + " = " + valueWords(lesson, p, r.values().get(p)));
        }
        Label title = new Label(String.join(",  ", settings));
        title.getStyleClass().add("trials-title");
        title.setWrapText(true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lesson.outcomes().size(); i++) {
            Outcome o = lesson.outcomes().get(i);
            long c = r.counts()[i];
            rows.add(new Row(o, c, 100.0 * c / Math.max(1, r.completed()), r.witnesses().get(i),
                    texts.lesson(o.descriptionKey(lesson.id()))));
        }
        OutcomeTable table = new OutcomeTable(texts, rows, row -> session.replay(row.witness()));
        table.setId(results.indexOf(r) == results.size() - 1 ? "trials-latest" : "trials-previous");
        VBox box = new VBox(4, title, table);
        box.setMinWidth(0);
        // Side by side where two fit, otherwise each as wide as the pane.
        box.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double width = tables.getWidth();
            // whole pixels: two halves rounded up by the layout would not fit beside each other
            return width >= 2 * SIDE_BY_SIDE_MIN + tables.getHgap() ? Math.floor((width - tables.getHgap()) / 2)
                    : Math.floor(width);
        }, tables.widthProperty()));
        return box;
    }

    /** A setting as the parameter bar words it: on/off and the option's label, not the text a recording keeps. */
    private String valueWords(Scenario lesson, Parameter<?> parameter, Object value) {
        return switch (parameter) {
            case Parameter.Switch s -> texts.get(Boolean.TRUE.equals(value) ? "trials.on" : "trials.off");
            case Parameter.Choice c -> texts.lesson(c.optionKey(lesson.id(), (String) value));
            case Parameter.Count c -> String.valueOf(value);
        };
    }

    /** The rows of a table this pane shows ({@code #trials-latest}, {@code #trials-previous}), for tests. */
    public static List<Row> rowsOf(javafx.scene.Node table) {
        return ((OutcomeTable) table).rows();
    }

    /** Whether trials are running now (for tests). */
    public boolean running() {
        return task != null;
    }
}
