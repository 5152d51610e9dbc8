package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;

/**
 * Base of the stage's object widgets (lock, queue, semaphore, barrier, signal, variable): a control showing
 * one immutable view record, which the stage replaces as the run moves. Pseudo-classes {@code :highlighted}
 * (picked in the log) and {@code :deadlocked} (part of a detected cycle).
 */
public abstract class StageBox<V> extends Control {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass DEADLOCKED = PseudoClass.getPseudoClass("deadlocked");

    private final ObjectProperty<V> view = new SimpleObjectProperty<>(this, "view");
    private final Texts texts;

    protected StageBox(Texts texts, String styleClass, String name) {
        this.texts = texts;
        getStyleClass().addAll("stage-box", styleClass);
        setId("box-" + name);
    }

    public ObjectProperty<V> viewProperty() {
        return view;
    }

    public V getView() {
        return view.get();
    }

    /**
     * Its height depends on its width: its chips and a queue's slots wrap into more rows in a narrower box. So
     * a pane that lays boxes out asks for the height at the width it gives, and a wrapped row is not cut.
     */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    public Texts texts() {
        return texts;
    }

    public void setMarks(boolean highlighted, boolean deadlocked) {
        pseudoClassStateChanged(HIGHLIGHTED, highlighted);
        pseudoClassStateChanged(DEADLOCKED, deadlocked);
    }
}
