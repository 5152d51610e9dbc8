package dev.interleave.ui.stage;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.function.IntConsumer;

/**
 * One thread on the stage: its name and colour, its state (colour, icon and word), why it waits, what it
 * will do next, the JVM's own view when it differs, and its own Step button. The lane's look follows its
 * {@link LaneView}; the state is also a CSS pseudo-class ({@code :runnable}, {@code :blocked}, ...).
 */
public final class ThreadLane extends Control {
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final PseudoClass DEADLOCKED = PseudoClass.getPseudoClass("deadlocked");

    private final ObjectProperty<LaneView> view = new SimpleObjectProperty<>(this, "view");
    private final IntConsumer onStep;

    /** @param onStep called with the thread id when its Step button is pressed */
    public ThreadLane(LaneView initial, IntConsumer onStep) {
        this.onStep = onStep;
        getStyleClass().add("thread-lane");
        view.addListener((obs, old, now) -> applyPseudoClasses(old, now));
        view.set(initial);
    }

    private void applyPseudoClasses(LaneView old, LaneView now) {
        if (old != null) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(StateIcons.pseudoClass(old.state())), false);
        }
        pseudoClassStateChanged(PseudoClass.getPseudoClass(StateIcons.pseudoClass(now.state())), true);
        pseudoClassStateChanged(HIGHLIGHTED, now.highlighted());
        pseudoClassStateChanged(DEADLOCKED, now.deadlocked());
        setId("lane-" + now.name());
        setAccessibleText(now.name() + ": " + now.stateWord() + (now.reason().isEmpty() ? "" : ", " + now.reason()));
    }

    public ObjectProperty<LaneView> viewProperty() {
        return view;
    }

    public LaneView getView() {
        return view.get();
    }

    void step() {
        onStep.accept(view.get().id());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ThreadLaneSkin(this);
    }
}
