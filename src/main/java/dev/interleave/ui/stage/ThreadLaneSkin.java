package dev.interleave.ui.stage;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The look of a {@link ThreadLane}: a row of identity stripe, name, state badge, details and Step button. */
final class ThreadLaneSkin extends SkinBase<ThreadLane> {
    private final Region identity = new Region();
    private final Label name = new Label();
    private final Label tags = new Label();
    private final Label state = new Label();
    private final FontIcon stateIcon = new FontIcon();
    private final Label reason = new Label();
    private final Label next = new Label();
    private final Label code = new Label();
    private final Label jvm = new Label();
    private final Button step = new Button();
    private final Tooltip stepTip = new Tooltip();
    private final Tooltip stateTip = new Tooltip();
    private final Tooltip jvmTip = new Tooltip();
    private final ChangeListener<LaneView> listener = (obs, old, now) -> render(now);

    ThreadLaneSkin(ThreadLane lane) {
        super(lane);
        identity.getStyleClass().add("identity");
        identity.getStyleClass().add("thread-colour");
        name.getStyleClass().add("thread-name");
        tags.getStyleClass().add("tag");
        state.getStyleClass().add("state-badge");
        state.setGraphic(stateIcon);
        state.setTooltip(stateTip);
        reason.getStyleClass().add("reason");
        reason.setWrapText(true);
        next.getStyleClass().add("next");
        code.getStyleClass().add("code-snippet");
        jvm.getStyleClass().add("jvm-note");
        jvm.setTooltip(jvmTip);
        step.getStyleClass().add("lane-step");
        step.setGraphic(new FontIcon(MaterialDesignS.STEP_FORWARD));
        step.setOnAction(e -> lane.step());
        step.setFocusTraversable(true);
        stepTip.setShowDelay(Duration.millis(300));
        stepTip.setShowDuration(Duration.seconds(20));
        // A disabled button shows no tooltip, so the reason is shown on a wrapper that stays enabled.
        HBox stepHolder = new HBox(step);
        Tooltip.install(stepHolder, stepTip);

        step.setMinWidth(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, name, tags, state, jvm, spacer, stepHolder);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox nextRow = new HBox(6, next, code);
        nextRow.setAlignment(Pos.CENTER_LEFT);
        next.setMinWidth(Region.USE_PREF_SIZE);
        VBox body = new VBox(3, top, reason, nextRow);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(identity, body);
        row.getStyleClass().add("lane-box");
        identity.setMaxHeight(Double.MAX_VALUE);
        getChildren().add(row);
        lane.viewProperty().addListener(listener);
        render(lane.getView());
    }

    private void render(LaneView v) {
        ThreadColours.paint(identity, v.colour());
        name.setText(v.name());
        tags.setText(v.tags());
        show(tags, !v.tags().isEmpty());
        state.setText(v.stateWord());
        stateIcon.setIconCode(StateIcons.of(v.state(), v.failed()));
        stateTip.setText(v.stateExplain());
        String why = v.state() == Thread.State.TERMINATED ? v.ending() : v.reason();
        reason.setText(why);
        reason.getStyleClass().remove("exception");
        if (v.failed()) {
            reason.getStyleClass().add("exception");
        }
        show(reason, !why.isEmpty());
        next.setText(v.next());
        code.setText(v.code());
        show(next, !v.next().isEmpty());
        show(code, !v.code().isEmpty() && !v.next().isEmpty());
        jvm.setText(v.jvmNote() == null ? "" : v.jvmNote());
        jvmTip.setText(v.jvmTip());
        show(jvm, v.jvmNote() != null);
        step.setText(v.stepLabel());
        step.setDisable(!v.canStep());
        step.setId("step-" + v.name());
        step.setAccessibleText(v.stepTip());
        stepTip.setText(v.stepTip());
        step.setVisible(v.state() != Thread.State.TERMINATED);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @Override
    public void dispose() {
        getSkinnable().viewProperty().removeListener(listener);
        super.dispose();
    }
}
