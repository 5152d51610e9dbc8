package dev.interleave.ui.code;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names for the thread chips in the code's margin: "worker-3" is "w3", "philosopher-12" "p12"; other
 * names stay as they are (T1, main, producer, and v-837, which the lanes call the same). The chips beside a line of code share one column with the code,
 * and full names such as "worker-3 worker-4" pushed the code past the panel's right edge; the chip's colour
 * and the lanes on the stage say which thread it is. (No lesson has two numbered kinds of thread that start
 * with the same letter; one that does would show the same short name twice.)
 */
final class MarginNames {
    /** A word of two letters or more, a dash, a number: a one-letter name ("v-837") is short already. */
    private static final Pattern NUMBERED = Pattern.compile("([A-Za-z])[A-Za-z]+-(\\d+)");

    private MarginNames() {}

    static String of(String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() ? m.group(1) + m.group(2) : name;
    }
}
