package dev.interleave.ui.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a line of code into rows of a monospaced width, where a reader expects a break: after a space, a
 * comma or an opening bracket, or before a dot, never inside a string; inside a word only when a row has no
 * such place. A row never
 * starts with just punctuation (a lone ";" or ")" read as a statement of its own). Pure; any thread.
 */
final class CodeRows {
    private CodeRows() {
    }

    /**
     * The rows of {@code code} in {@code columns} characters; rows after the first get {@code hang} fewer
     * (they are shown that much further in, so that they do not read as statements of their own).
     */
    static List<String> of(String code, int columns, int hang) {
        List<String> rows = new ArrayList<>();
        String rest = code;
        int width = Math.max(1, columns);
        while (rest.length() > width) {
            int at = breakAt(rest, width);
            rows.add(rest.substring(0, at).stripTrailing());
            rest = rest.substring(at).stripLeading();
            width = Math.max(1, columns - hang);
        }
        rows.add(rest);
        return rows;
    }

    /**
     * Where to break {@code text}, longer than {@code width}: the last good place in the row, outside string
     * literals and with something more than punctuation after it, preferably one that leaves the row at
     * least a third full; else at the width.
     */
    private static int breakAt(String text, int width) {
        boolean[] quoted = quoted(text, width);
        for (int shortest : new int[] {width / 3 + 1, 1}) {
            for (int at = width; at >= shortest; at--) {
                char before = text.charAt(at - 1);
                char after = text.charAt(at);
                boolean good = before == ' ' || before == ',' || before == '(' || after == '.' || after == ' ';
                if (good && !quoted[at - 1] && !quoted[at] && hasWordAfter(text, at)) {
                    return at;
                }
            }
        }
        return width;
    }

    /** For each of the first {@code width} + 1 characters, whether it is between a literal's quotes. */
    private static boolean[] quoted(String text, int width) {
        boolean[] inside = new boolean[width + 1];
        char quote = 0;
        for (int i = 0; i <= width; i++) {
            char c = text.charAt(i);
            if (quote == 0) {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
            } else if (c == quote) {
                quote = 0;
            } else {
                inside[i] = true;
                if (c == '\\' && i < width) {
                    inside[++i] = true; // an escaped character, a quote included
                }
            }
        }
        return inside;
    }

    private static boolean hasWordAfter(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '"') {
                return true;
            }
        }
        return false;
    }
}
