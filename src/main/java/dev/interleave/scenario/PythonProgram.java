package dev.interleave.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python program a lesson corresponds to, with the lesson's current parameters written into it: a learner
 * who switches the lock off or picks the dining philosophers sees {@code USE_LOCK = False} or
 * {@code VARIANT = "philosophers"} at the top of the Python tab, as the Java run now does.
 *
 * <p>The programs ({@code lessons-py/<lesson>.py}) start with one constant per parameter, named after it in
 * capitals ({@code THREADS} for "threads"; a switch as {@code USE_LOCK} for "lock"). A constant written with a
 * decimal point is in seconds, where the lesson counts milliseconds ({@code THINK = 0.010} for think 10); one
 * written with {@code _} groups its digits the same way ({@code 10_000}). A constant is changed only when its
 * value has the parameter's kind (True/False, a quoted text, a number): {@code LOCK = threading.Lock()} stays.
 * Any other line is left as it is.
 * {@code PythonProgramTest} checks that every program, given its lesson's defaults, comes out unchanged.
 */
public final class PythonProgram {
    /** {@code NAME = value}, then an optional comment, which keeps its place. */
    private static final Pattern CONSTANT = Pattern.compile("([A-Z][A-Z_]*) = (\\S+)(\\s*#.*)?");

    private PythonProgram() {}

    /** {@code lines} of the program with the constants for {@code values}' parameters set to those values. */
    public static List<String> withValues(List<String> lines, ParameterValues values) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(withValue(line, values));
        }
        return out;
    }

    private static String withValue(String line, ParameterValues values) {
        Matcher m = CONSTANT.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        for (Parameter<?> p : values.scenario().parameters()) {
            boolean named = p.name().equals(name) || (p instanceof Parameter.Switch && ("use_" + p.name()).equals(name));
            if (named && sameKind(p, m.group(2))) {
                String literal = literal(p, values.get(p), m.group(2));
                // The comment stays in its column: the new value takes the old one's room, or pushes it right.
                String comment = m.group(3) == null ? "" : m.group(3).stripLeading();
                String head = m.group(1) + " = " + literal;
                int column = line.length() - comment.length();
                return comment.isEmpty() ? head : head + " ".repeat(Math.max(1, column - head.length())) + comment;
            }
        }
        return line;
    }

    /** Whether the program's {@code literal} is a value of {@code p}'s kind. */
    private static boolean sameKind(Parameter<?> p, String literal) {
        return switch (p) {
            case Parameter.Switch s -> literal.equals("True") || literal.equals("False");
            case Parameter.Choice c -> literal.length() > 1 && literal.startsWith("\"") && literal.endsWith("\"");
            case Parameter.Count c -> literal.matches("[0-9][0-9_]*(\\.[0-9]+)?");
        };
    }

    /** {@code value} written as Python, in the form of the program's own {@code literal} for it. */
    private static String literal(Parameter<?> p, Object value, String literal) {
        return switch (p) {
            case Parameter.Switch s -> Boolean.TRUE.equals(value) ? "True" : "False";
            case Parameter.Choice c -> "\"" + value + "\"";
            case Parameter.Count c when literal.contains(".") -> seconds((Integer) value, literal);
            case Parameter.Count c when literal.contains("_") -> String.format(Locale.ROOT, "%,d", value).replace(',', '_');
            case Parameter.Count c -> String.valueOf(value);
        };
    }

    /** Milliseconds as seconds, with no fewer decimals than the program's own literal ("0.010", "0.1", "0.15"). */
    private static String seconds(int millis, String literal) {
        int decimals = literal.length() - literal.indexOf('.') - 1;
        BigDecimal exact = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return exact.setScale(Math.max(decimals, exact.scale())).toPlainString();
    }
}
