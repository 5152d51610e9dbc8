package dev.interleave.ui.controls;

import dev.interleave.ui.Presentation;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The top bar: Play/Pause, Step, Reset, the mode (Free / Step), the speed and a message area for what could
 * not be done (a refused step); below them, the lesson's own parameters. Every tooltip names its key.
 * FX thread only.
 */
public final class ControlBar extends FlowPane {
    private final LessonSession session;
    private final Texts texts;
    private final Button play = new Button();
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Slider speed = new Slider(0, 1, 0.6);
    private final Label speedText = new Label();
    private final ToggleButton free = new ToggleButton();
    private final ToggleButton stepMode = new ToggleButton();
    private final ParameterControls parameters;
    private final Label message = new Label();

    private final Button presenter = new Button();
    private final Presentation presentation;

    public ControlBar(LessonSession session, Presentation presentation) {
        this.presentation = presentation;
        this.session = session;
        this.texts = session.texts();
        getStyleClass().add("control-bar");
        setId("control-bar");

        play.setId("play");
        play.setOnAction(e -> session.togglePlay());
        step.setId("step");
        step.setGraphic(new FontIcon(MaterialDesignS.STEP_FORWARD));
        step.setOnAction(e -> session.stepNext());
        reset.setId("reset");
        reset.setGraphic(new FontIcon(MaterialDesignR.RESTART));
        reset.setOnAction(e -> session.restart());

        speed.setId("speed");
        speed.setPrefWidth(130);
        speed.valueProperty().bindBidirectional(session.speedProperty());
        speedText.getStyleClass().add("speed-label");
        speedText.textProperty().bind(Bindings.createStringBinding(this::speedWords,
                session.speedProperty(), texts.localeProperty()));

        ToggleGroup modes = new ToggleGroup();
        free.setToggleGroup(modes);
        stepMode.setToggleGroup(modes);
        free.setId("mode-free");
        stepMode.setId("mode-step");
        free.getStyleClass().add("left-pill");
        stepMode.getStyleClass().add("right-pill");
        free.setOnAction(e -> session.setMode(LessonSession.Mode.FREE));
        stepMode.setOnAction(e -> session.setMode(LessonSession.Mode.STEP));
        session.modeProperty().addListener((obs, old, now) -> showMode());

        parameters = new ParameterControls(texts, this, session::setParameter, session::say);
        session.valuesProperty().addListener((obs, old, now) -> {
            parameters.show(now);
            getChildren().remove(message);
            getChildren().add(message);
        });
        session.playingProperty().addListener((obs, old, now) -> playWords());
        texts.localeProperty().addListener((obs, old, now) -> words());

        message.getStyleClass().add("status-message");
        message.setId("message");
        message.textProperty().bind(session.messageProperty());
        HBox modeBox = new HBox(free, stepMode);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {play, step, reset, free, stepMode}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        speedText.setMinWidth(Region.USE_PREF_SIZE);
        presenter.setId("presenter");
        presenter.setGraphic(new FontIcon(MaterialDesignP.PRESENTATION_PLAY));
        presenter.setOnAction(e -> presentation.togglePresenter());
        presenter.setMinWidth(Region.USE_PREF_SIZE);
        presentation.presenterProperty().addListener((obs, old, now) -> words());
        HBox commands = new HBox(10, play, step, reset, new Separator(javafx.geometry.Orientation.VERTICAL),
                modeBox, new Separator(javafx.geometry.Orientation.VERTICAL), speed, speedText,
                new Separator(javafx.geometry.Orientation.VERTICAL), presenter,
                new Separator(javafx.geometry.Orientation.VERTICAL));
        commands.getStyleClass().add("command-row");
        setHgap(16);
        setVgap(6);
        // The lesson's parameters follow the commands and wrap onto a second row when they do not fit;
        // the message comes last.
        getChildren().add(commands);
        message.setMaxWidth(420);
        message.setWrapText(true);
        words();
        showMode();
    }

    private String speedWords() {
        long millis = session.delayNanos() / 1_000_000;
        return millis == 0 ? texts.get("control.speed.full") : texts.get("control.speed.delay", millis);
    }

    private void showMode() {
        boolean stepping = session.modeProperty().get() == LessonSession.Mode.STEP;
        free.setSelected(!stepping);
        stepMode.setSelected(stepping);
    }

    private void playWords() {
        boolean playing = session.playingProperty().get();
        play.setText(texts.get(playing ? "control.pause" : "control.play"));
        play.setGraphic(new FontIcon(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        play.setTooltip(new Tooltip(texts.get(playing ? "control.pause.tip" : "control.play.tip")));
    }

    private void words() {
        playWords();
        step.setText(texts.get("control.step"));
        step.setTooltip(new Tooltip(texts.get("control.step.tip")));
        reset.setText(texts.get("control.reset"));
        reset.setTooltip(new Tooltip(texts.get("control.reset.tip")));
        speed.setTooltip(new Tooltip(texts.get("control.speed.tip")));
        speed.setAccessibleText(texts.get("control.speed.tip"));
        free.setText(texts.get("control.mode.free"));
        free.setTooltip(new Tooltip(texts.get("control.mode.free.tip")));
        stepMode.setText(texts.get("control.mode.step"));
        stepMode.setTooltip(new Tooltip(texts.get("control.mode.step.tip")));
        boolean presenting = presentation.presenterProperty().get();
        presenter.setText(texts.get(presenting ? "control.presenter.exit" : "control.presenter"));
        presenter.setTooltip(new Tooltip(texts.get("control.presenter.tip")));
        if (session.valuesProperty().get() != null) {
            parameters.relabel(session.valuesProperty().get());
        }
    }

    public ParameterControls parameters() {
        return parameters;
    }

}
