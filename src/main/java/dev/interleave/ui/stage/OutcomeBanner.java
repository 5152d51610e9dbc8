package dev.interleave.ui.stage;

import dev.interleave.scenario.Grade;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The end of a run: the outcome's grade (FORBIDDEN in red), what it means, the final values, and Run again.
 */
public final class OutcomeBanner extends HBox {
    private final Label grade = new Label();
    private final Label description = new Label();
    private final Label finals = new Label();
    private final Button again = new Button();

    public OutcomeBanner(Runnable runAgain) {
        getStyleClass().add("outcome-banner");
        setId("outcome-banner");
        grade.getStyleClass().add("grade");
        grade.setId("outcome-grade");
        description.getStyleClass().add("description");
        description.setId("outcome-description");
        finals.getStyleClass().add("finals");
        finals.setWrapText(true);
        finals.setMinHeight(USE_PREF_SIZE);
        finals.setId("outcome-finals");
        again.setGraphic(new FontIcon(MaterialDesignR.REPLAY));
        again.setId("run-again");
        again.setOnAction(e -> runAgain.run());
        again.setTooltip(new Tooltip());
        grade.setMinWidth(USE_PREF_SIZE);
        again.setMinWidth(USE_PREF_SIZE);
        description.setWrapText(true);
        description.setMinHeight(USE_PREF_SIZE);
        VBox words = new VBox(4, description, finals);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(grade, words, again);
        hide();
    }

    /** Shows an outcome. {@code gradeText} is the grade's word, or "DEADLOCK" for one. */
    public void show(Grade g, boolean deadlock, String gradeText, String meaning, String finalValues, String againText,
                     String againTip) {
        getStyleClass().removeAll("acceptable", "interesting", "forbidden");
        getStyleClass().add(g.name().toLowerCase(java.util.Locale.ROOT));
        grade.setText(gradeText);
        grade.setGraphic(new FontIcon(deadlock ? MaterialDesignH.HANDSHAKE : switch (g) {
            case ACCEPTABLE -> MaterialDesignC.CHECK_CIRCLE;
            case INTERESTING -> MaterialDesignA.ALERT_CIRCLE;
            case FORBIDDEN -> MaterialDesignA.ALERT_OCTAGON;
        }));
        description.setText(meaning);
        finals.setText(finalValues);
        finals.setVisible(!finalValues.isEmpty());
        finals.setManaged(!finalValues.isEmpty());
        again.setText(againText);
        again.getTooltip().setText(againTip);
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }
}
