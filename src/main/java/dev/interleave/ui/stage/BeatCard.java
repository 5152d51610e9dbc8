package dev.interleave.ui.stage;

import dev.interleave.scenario.Beat;
import dev.interleave.scenario.Scenario;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.Locale;

/**
 * A teaching beat on the stage: "Predict", "Watch" or "Why?" and the lesson's question, until the teacher
 * puts it away (PageDown on the clicker, Esc, or Continue). FX thread only.
 */
final class BeatCard extends HBox {
    private final LessonSession session;
    private final Texts texts;
    private final Label kind = new Label();
    private final Label text = new Label();
    private final Button next = new Button();

    BeatCard(LessonSession session) {
        this.session = session;
        this.texts = session.texts();
        getStyleClass().add("beat-card");
        setId("beat-card");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        kind.getStyleClass().add("beat-kind");
        kind.setId("beat-kind");
        kind.setMinWidth(USE_PREF_SIZE);
        text.getStyleClass().add("beat-text");
        text.setId("beat-text");
        text.setWrapText(true);
        text.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        next.setId("beat-continue");
        next.setMinWidth(USE_PREF_SIZE);
        next.setOnAction(e -> session.dismissBeat());
        getChildren().addAll(kind, text, next);
        session.beatProperty().addListener((obs, old, now) -> show());
        texts.localeProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        Beat beat = session.beatProperty().get();
        Scenario lesson = session.scenarioProperty().get();
        setVisible(beat != null);
        setManaged(beat != null);
        if (beat == null || lesson == null) {
            return;
        }
        getStyleClass().removeIf(c -> c.startsWith("beat-kind-"));
        getStyleClass().add("beat-kind-" + beat.kind().name().toLowerCase(Locale.ROOT));
        kind.setText(texts.get("beat." + beat.kind().name()));
        kind.setGraphic(new FontIcon(switch (beat.kind()) {
            case PREDICT -> MaterialDesignH.HELP_CIRCLE;
            case WATCH -> MaterialDesignE.EYE;
            case EXPLAIN -> MaterialDesignL.LIGHTBULB_ON;
        }));
        text.setText(texts.lesson(beat.textKey(lesson.id())));
        next.setText(texts.get("beat.continue"));
        next.setTooltip(new Tooltip(texts.get("beat.continue.tip")));
    }
}
