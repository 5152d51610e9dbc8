package dev.interleave.ui.code;

import dev.interleave.scenario.LessonComments;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a line of code into rows of a monospaced width, where a reader expects a break: after a space, a
 * comma or an opening bracket, or before a dot, outside string literals; never between a number's digits and
 * its decimal point, nor inside "()". A literal longer than a row breaks at its last space or dot in the
 * row, a word only when a row has no such place; and a row never holds just punctuation (a lone ";" or ")" read as a
 * statement of its own): the break moves back instead. Pure; any thread.
 */
final class CodeRows {
    private CodeRows() {
    }

    /**
     * The rows of {@code code} in {@code columns} characters; rows after the first get {@code hang} fewer
     * (they are shown that much further in, so that they do not read as statements of their own).
     */
    static List<String> of(String code, int columns, int hang) {
        boolean[] quoted = LessonComments.insideLiterals(code);
        List<String> rows = new ArrayList<>();
        int start = 0;
        int width = Math.max(1, columns);
        while (code.length() - start > width) {
            int at = breakAt(code, start, width, quoted);
            rows.add(code.substring(start, at).stripTrailing());
            start = at;
            while (start < code.length() - 1 && code.charAt(start) == ' ') {
                start++;
            }
            width = Math.max(1, columns - hang);
        }
        rows.add(code.substring(start));
        return rows;
    }

    /**
     * Where the row from {@code start}, {@code width} long, ends: its last good place outside literals
     * (preferably one that leaves the row a third full), else its last space or dot inside a literal, else the width
     * moved back until what follows has more than punctuation.
     */
    private static int breakAt(String code, int start, int width, boolean[] quoted) {
        int end = start + width;
        for (int shortest : new int[] {start + width / 3 + 1, start + 1}) {
            for (int at = end; at >= shortest; at--) {
                if (!quoted[at - 1] && !quoted[at] && goodBreak(code, at) && hasWordFrom(code, at)) {
                    return at;
                }
            }
        }
        for (int at = end; at > start + 1; at--) {
            boolean spaceOrDot = code.charAt(at - 1) == ' ' || code.charAt(at) == '.' && !Character.isDigit(code.charAt(at - 1));
            if (quoted[at - 1] && spaceOrDot && hasWordFrom(code, at)) {
                return at;
            }
        }
        int at = end;
        while (at > start + 1 && !hasWordFrom(code, at)) {
            at--;
        }
        return at;
    }

    private static boolean goodBreak(String code, int at) {
        char before = code.charAt(at - 1);
        char after = code.charAt(at);
        return before == ' ' || after == ' ' || before == ','
                || before == '(' && after != ')'
                || after == '.' && !Character.isDigit(before);
    }

    private static boolean hasWordFrom(String code, int at) {
        for (int i = at; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '"' || c == '\'') {
                return true;
            }
        }
        return false;
    }
}
