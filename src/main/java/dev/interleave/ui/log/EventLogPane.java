package dev.interleave.ui.log;

import atlantafx.base.theme.Styles;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.session.LogLine;
import dev.interleave.ui.stage.ThreadColours;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The bottom panel: every event in plain words, newest last. Clicking a line points out its thread and
 * object on the stage. FX thread only.
 */
public final class EventLogPane extends VBox {
    private final ListView<LogLine> list = new ListView<>();

    public EventLogPane(LessonSession session) {
        getStyleClass().add("event-log");
        setId("event-log");
        // Rewound, the log shows what had happened by then.
        FilteredList<LogLine> shown = new FilteredList<>(session.log());
        session.positionProperty().addListener((obs, old, now) -> {
            long at = now.longValue();
            shown.setPredicate(at < 0 ? null : line -> line.seq() < at);
            scrollToEndSoon();
        });
        list.setItems(shown);
        list.getStyleClass().add(Styles.DENSE);
        list.setCellFactory(v -> new LineCell());
        list.setId("log-list");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                session.highlightProperty().set(now == null ? LessonSession.Highlight.NONE
                        : new LessonSession.Highlight(now.thread(), now.object())));
        session.log().addListener((ListChangeListener<LogLine>) change -> scrollToEndSoon());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(list);
    }

    /**
     * Shows the newest line once the list has taken in this pulse's lines (scrolling from inside the change
     * itself lands short of the end). At most one scroll is pending, whatever the number of lines.
     */
    private void scrollToEndSoon() {
        if (!scrollPending) {
            scrollPending = true;
            Platform.runLater(() -> {
                scrollPending = false;
                if (!list.getItems().isEmpty()) {
                    list.scrollTo(list.getItems().size() - 1);
                }
            });
        }
    }

    private boolean scrollPending;

    private static final class LineCell extends ListCell<LogLine> {
        private static final PseudoClass[] KINDS = java.util.Arrays.stream(LogLine.Kind.values())
                .map(k -> PseudoClass.getPseudoClass(k.name().toLowerCase(Locale.ROOT))).toArray(PseudoClass[]::new);
        private final Region dot = new Region();
        private final Label text = new Label();
        private final HBox row = new HBox(dot, text);

        LineCell() {
            dot.getStyleClass().addAll("dot", "thread-colour");
            text.getStyleClass().add("text");
            row.getStyleClass().add("log-line");
        }

        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            text.setText(line.text());
            // Pseudo-classes, not style classes: cells are reused for other lines on every pulse, and a
            // changed style class makes JavaFX look up the node's styles again.
            for (LogLine.Kind kind : LogLine.Kind.values()) {
                row.pseudoClassStateChanged(KINDS[kind.ordinal()], kind == line.kind());
            }
            dot.setVisible(line.thread() > 0);
            ThreadColours.paint(dot, line.thread() > 0 ? ThreadColours.of(line.thread()) : -1);
            setGraphic(row);
        }
    }
}
