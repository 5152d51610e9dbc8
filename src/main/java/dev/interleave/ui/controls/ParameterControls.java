package dev.interleave.ui.controls;

import dev.interleave.scenario.Parameter;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.ui.Texts;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.HBox;
import org.controlsfx.control.ToggleSwitch;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The lesson's own parameters as live controls in the control bar: a switch for on/off, a spinner held to the
 * parameter's bounds for a number, a drop-down for a choice. A change starts a fresh run with it. It fills
 * the pane it is given (the control bar, where they wrap after the commands). FX thread only.
 */
public final class ParameterControls {
    private final Texts texts;
    private final BiConsumer<String, String> onChange;
    private final Consumer<String> say;
    /** What to say about a number typed outside its range, once the run its value starts has begun. */
    private String outOfRangeNote;
    private final Pane target;
    private final List<Node> pairs = new ArrayList<>();
    private Scenario lesson;
    private boolean updating;

    /**
     * @param target   the pane the controls go into, after whatever it holds already
     * @param onChange called with the parameter's name and new value text
     * @param say      shows the user a short message (a number typed outside its range)
     */
    public ParameterControls(Texts texts, Pane target, BiConsumer<String, String> onChange, Consumer<String> say) {
        this.texts = texts;
        this.target = target;
        this.onChange = onChange;
        this.say = say;
    }

    /** Shows {@code values}' lesson's parameters holding {@code values}. */
    public void show(ParameterValues values) {
        updating = true;
        try {
            if (lesson != values.scenario()) {
                lesson = values.scenario();
                build();
            }
            for (Parameter<?> p : lesson.parameters()) {
                Node control = target.lookup("#param-" + p.name());
                Object value = values.get(p);
                switch (control) {
                    case ToggleSwitch s -> s.setSelected((Boolean) value);
                    case Spinner<?> s -> ((SpinnerValueFactory<Integer>) s.getValueFactory()).setValue((Integer) value);
                    case ComboBox<?> c -> ((ComboBox<String>) c).setValue((String) value);
                    case null, default -> { }
                }
            }
        } finally {
            updating = false;
        }
    }

    /** Rebuilds the controls in the current language. */
    public void relabel(ParameterValues values) {
        lesson = null;
        show(values);
    }

    /** Flips the lesson's first on/off parameter (the L key: the lock, in the bank lesson). */
    public void toggleFirstSwitch() {
        for (Node n : pairs) {
            if (n instanceof HBox box) {
                for (Node c : box.getChildren()) {
                    if (c instanceof ToggleSwitch s) {
                        s.setSelected(!s.isSelected());
                        return;
                    }
                }
            }
        }
    }

    private void build() {
        target.getChildren().removeAll(pairs);
        pairs.clear();
        for (Parameter<?> p : lesson.parameters()) {
            String label = texts.lesson(p.labelKey(lesson.id()));
            Label caption = new Label(label);
            Node control = switch (p) {
                case Parameter.Switch s -> {
                    ToggleSwitch toggle = new ToggleSwitch();
                    toggle.selectedProperty().addListener((obs, old, now) -> changed(p, s.format(now)));
                    toggle.setTooltip(new Tooltip(texts.get("control.param.switch.tip", label)));
                    toggle.setAccessibleText(label);
                    yield toggle;
                }
                case Parameter.Count c -> {
                    Spinner<Integer> spinner = new Spinner<>(c.min(), c.max(), c.defaultValue());
                    spinner.setEditable(true);
                    WholeNumberText numbers = new WholeNumberText(texts.locale(), spinner::getValue,
                            spinner.getEditor()::setText, c.min(), c.max(), (typed, used) -> {
                                String note = texts.get("control.param.outside", label, c.min(), c.max(), used, typed);
                                if (used == spinner.getValue()) {
                                    say.accept(note); // the value stays: no new run, which would clear it
                                } else {
                                    outOfRangeNote = note;
                                }
                            });
                    spinner.getValueFactory().setConverter(numbers);
                    spinner.getEditor().setText(numbers.toString(spinner.getValue()));
                    // As wide as its largest value (in the current text size: zoom and presenter mode scale it),
                    // a column more for the caret, at least three (narrower, the field scrolls its one digit out of
                    // sight): a fixed width cut "10000" to "1000(".
                    spinner.getEditor().setPrefColumnCount(Math.max(3, numbers.toString(c.max()).length() + 1));
                    spinner.valueProperty().addListener((obs, old, now) -> {
                        changed(p, String.valueOf(now));
                        if (outOfRangeNote != null) {
                            say.accept(outOfRangeNote); // after the new run has begun, which clears what was said
                            outOfRangeNote = null;
                        }
                    });
                    spinner.setTooltip(new Tooltip(texts.get("control.param.tip", label, c.range())));
                    spinner.setAccessibleText(label);
                    yield spinner;
                }
                case Parameter.Choice c -> {
                    ComboBox<String> box = new ComboBox<>();
                    box.getItems().setAll(c.options());
                    box.setCellFactory(v -> new OptionCell(c));
                    box.setButtonCell(new OptionCell(c));
                    box.valueProperty().addListener((obs, old, now) -> changed(p, now));
                    box.setTooltip(new Tooltip(label));
                    box.setAccessibleText(label);
                    yield box;
                }
            };
            control.setId("param-" + p.name());
            caption.setLabelFor(control);
            HBox pair = new HBox(6, caption, control);
            pair.getStyleClass().add("param-box");
            pairs.add(pair);
        }
        target.getChildren().addAll(pairs);
    }

    private void changed(Parameter<?> p, String text) {
        if (!updating && text != null) {
            onChange.accept(p.name(), text);
        }
    }

    private final class OptionCell extends ListCell<String> {
        private final Parameter.Choice parameter;

        OptionCell(Parameter.Choice parameter) {
            this.parameter = parameter;
        }

        @Override
        protected void updateItem(String option, boolean empty) {
            super.updateItem(option, empty);
            setText(empty || option == null ? null : texts.lesson(parameter.optionKey(lesson.id(), option)));
        }
    }
}
