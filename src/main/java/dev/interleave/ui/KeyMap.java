package dev.interleave.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Every key of the app in one table: what it is called on the cheat sheet, what it does, and which key
 * presses trigger it. The cheat sheet is drawn from this same table, so it cannot say what the keys do not
 * do. Presentation clickers send PageDown, PageUp and B (some also F5 and Esc). FX thread only.
 */
public final class KeyMap {

    /** One entry: its label on the cheat sheet, its description key, the combinations that trigger it. */
    public record Binding(String label, String descriptionKey, List<KeyCombination> keys, Runnable action) {
        boolean matches(KeyEvent e) {
            for (KeyCombination k : keys) {
                if (k.match(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Binding> bindings = new ArrayList<>();
    private final IntConsumer stepThreadAt;

    /** @param stepThreadAt steps the k-th thread on the stage (0-based), for the digit keys */
    KeyMap(IntConsumer stepThreadAt) {
        this.stepThreadAt = stepThreadAt;
    }

    /** Adds an entry; keys are written as JavaFX key combinations ("Space", "Shortcut+Plus", ...). */
    KeyMap bind(String label, String descriptionKey, Runnable action, String... keys) {
        List<KeyCombination> combinations = new ArrayList<>();
        for (String k : keys) {
            combinations.add(KeyCombination.keyCombination(k));
        }
        bindings.add(new Binding(label, descriptionKey, combinations, action));
        return this;
    }

    public List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    /** Acts on a key press; true when it was one of ours. Keys typed into a text field are left alone. */
    boolean handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return false;
        }
        for (Binding b : bindings) {
            if (b.matches(e) || "?".equals(e.getText()) && b.label().startsWith("?")) {
                b.action().run();
                return true;
            }
        }
        KeyCode code = e.getCode();
        if (!e.isShortcutDown() && !e.isAltDown() && code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String digit = code.getChar().isEmpty() ? e.getText() : code.getChar();
            stepThreadAt.accept(Integer.parseInt(digit.substring(digit.length() - 1)) - 1);
            return true;
        }
        return false;
    }
}
