package dev.interleave.ui.time;

import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The scrubber over the run: step back, a slider over every event so far, step forward, where it is, and
 * Live to return to the present. Moving it shows the stage, the code and the log as they were at that event.
 * While the past is shown, the bar says so. FX thread only.
 */
public final class TimeBar extends HBox {
    private static final javafx.css.PseudoClass PAST = javafx.css.PseudoClass.getPseudoClass("past");
    private final LessonSession session;
    private final Texts texts;
    private final Slider slider = new Slider(0, 1, 1);
    private final Label where = new Label();
    private final Button back = new Button();
    private final Button forward = new Button();
    private final Button live = new Button();
    private final Button again = new Button();
    private boolean updating;

    public TimeBar(LessonSession session) {
        this.session = session;
        this.texts = session.texts();
        getStyleClass().add("time-bar");
        setId("time-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        back.setId("step-back");
        back.setGraphic(new FontIcon(MaterialDesignS.SKIP_PREVIOUS));
        back.setOnAction(e -> session.stepBack());
        forward.setId("step-forward");
        forward.setGraphic(new FontIcon(MaterialDesignS.SKIP_NEXT));
        forward.setOnAction(e -> session.stepForward());
        live.setId("go-live");
        live.setGraphic(new FontIcon(MaterialDesignC.CIRCLE_SLICE_8));
        live.setOnAction(e -> session.goLive());
        again.setId("run-recording-again");
        again.setGraphic(new FontIcon(MaterialDesignR.REPLAY));
        again.setOnAction(e -> session.reexecute());
        slider.setId("time-slider");
        slider.setFocusTraversable(false);
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                session.seek(Math.round(now.doubleValue()));
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        where.getStyleClass().add("time-where");
        where.setId("time-where");
        where.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : new Button[] {back, forward, live, again}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add("small");
        }
        getChildren().addAll(back, slider, forward, where, live, again);
        // Texts and tooltips change with the language only; the position with every pulse that brings events.
        session.revisionProperty().addListener((obs, old, now) -> refresh());
        texts.localeProperty().addListener((obs, old, now) -> {
            relabel();
            refresh();
        });
        relabel();
        refresh();
    }

    private void relabel() {
        slider.setTooltip(new Tooltip(texts.get("time.slider.tip")));
        slider.setAccessibleText(texts.get("time.slider.tip"));
        back.setTooltip(new Tooltip(texts.get("time.back.tip")));
        forward.setTooltip(new Tooltip(texts.get("time.forward.tip")));
        back.setText(texts.get("time.back"));
        forward.setText(texts.get("time.forward"));
        live.setText(texts.get("time.live.button"));
        live.setTooltip(new Tooltip(texts.get("time.live.tip")));
        again.setText(texts.get("time.again"));
        again.setTooltip(new Tooltip(texts.get("time.again.tip")));
    }

    private void refresh() {
        if (session.history() == null) {
            return;
        }
        long total = session.history().size();
        long at = session.shownPosition();
        boolean past = session.viewingPast();
        boolean fromFile = session.fromFileProperty().get();
        updating = true;
        slider.setMax(Math.max(1, total));
        slider.setValue(at);
        updating = false;
        where.setText(texts.get(past ? "time.past" : "time.live", at, total));
        pseudoClassStateChanged(PAST, past && !fromFile);
        live.setVisible(past && !fromFile);
        live.setManaged(live.isVisible());
        again.setVisible(fromFile);
        again.setManaged(again.isVisible());
        back.setDisable(at <= 0);
        forward.setDisable(at >= total);
    }
}
