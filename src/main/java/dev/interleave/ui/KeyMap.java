package dev.interleave.ui;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
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

    /** Adds an entry triggered by any of {@code keys} (see {@link #key}, {@link #ctrl}, {@link #shift}). */
    KeyMap bind(String label, String descriptionKey, Runnable action, KeyCombination... keys) {
        bindings.add(new Binding(label, descriptionKey, List.of(keys), action));
        return this;
    }

    /** The key alone, without Ctrl or Alt (Shift is ignored, so that keyboard layouts do not matter). */
    static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY);
    }

    /** The key with Ctrl (Cmd on macOS). */
    static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }

    /** The key with Shift. */
    static KeyCombination shift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_DOWN);
    }

    private static boolean typesInText(KeyEvent e) {
        KeyCode code = e.getCode();
        return !e.isShortcutDown() && !e.isAltDown() && !code.isFunctionKey() && code != KeyCode.ESCAPE
                && code != KeyCode.PAGE_UP && code != KeyCode.PAGE_DOWN;
    }

    /**
     * Whether key presses aimed at {@code target} type text. An editable spinner has the focus itself and
     * hands keys on to its field: typing 1 into the think time stepped T1, and "lots" flipped the lock (L) and
     * ran trials (T). (The app has no editable combo box; one would need the same.)
     */
    private static boolean takesText(Object target) {
        return target instanceof TextInputControl || target instanceof Spinner<?> spinner && spinner.isEditable();
    }

    public List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    /**
     * Acts on a key press; true when it was one of ours. In a text field, keys that type or move the caret
     * (letters, digits, space, arrows) are left to it; function keys, PageUp/PageDown, Esc and Ctrl
     * combinations still work there, so a clicker or Ctrl+ never get lost.
     */
    boolean handle(KeyEvent e) {
        if (takesText(e.getTarget()) && typesInText(e)) {
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
