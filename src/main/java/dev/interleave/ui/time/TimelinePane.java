package dev.interleave.ui.time;

import dev.interleave.ui.Presentation;
import dev.interleave.ui.Texts;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.stage.StateIcons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The timeline with its tools (Fit, zoom in, zoom out) and a legend of the states and marks. FX thread only. */
public final class TimelinePane extends VBox {
    private final TimelineView view;

    public TimelinePane(LessonSession session, Presentation presentation) {
        Texts texts = session.texts();
        view = new TimelineView(session, presentation.fontSizeProperty());
        Button fit = new Button();
        fit.setId("timeline-fit");
        fit.setGraphic(new FontIcon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
        fit.textProperty().bind(texts.bind("timeline.fit"));
        fit.setTooltip(new Tooltip());
        fit.getTooltip().textProperty().bind(texts.bind("timeline.fit.tip"));
        fit.setOnAction(e -> view.fit());
        Button in = new Button();
        in.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE));
        in.setTooltip(new Tooltip());
        in.getTooltip().textProperty().bind(texts.bind("timeline.zoom.in"));
        in.accessibleTextProperty().bind(texts.bind("timeline.zoom.in"));
        in.setOnAction(e -> view.zoom(0.5));
        Button out = new Button();
        out.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE));
        out.setTooltip(new Tooltip());
        out.getTooltip().textProperty().bind(texts.bind("timeline.zoom.out"));
        out.accessibleTextProperty().bind(texts.bind("timeline.zoom.out"));
        out.setOnAction(e -> view.zoom(2));
        Label help = new Label();
        help.textProperty().bind(texts.bind("timeline.help"));
        help.getStyleClass().add("timeline-help");
        HBox legend = new HBox(10);
        for (Thread.State s : new Thread.State[] {Thread.State.RUNNABLE, Thread.State.BLOCKED, Thread.State.WAITING,
                Thread.State.TIMED_WAITING}) {
            Label item = new Label();
            item.setGraphic(new FontIcon(StateIcons.of(s, false)));
            item.getStyleClass().addAll("legend-item", "legend-" + StateIcons.pseudoClass(s));
            item.textProperty().bind(texts.bind("state." + s.name()));
            legend.getChildren().add(item);
        }
        Label marks = new Label();
        marks.textProperty().bind(texts.bind("timeline.marks"));
        marks.getStyleClass().add("timeline-help");
        marks.setId("timeline-marks");
        // One row where there is room; on a narrow window the legends and the help wrap to a second.
        FlowPane tools = new FlowPane(8, 4, fit, in, out, legend, marks, help);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("timeline-tools");
        VBox.setVgrow(view, Priority.ALWAYS);
        getChildren().addAll(tools, view);
        setSpacing(4);
    }

    public TimelineView view() {
        return view;
    }
}
