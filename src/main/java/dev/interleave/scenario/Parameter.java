package dev.interleave.scenario;

import java.util.List;

/**
 * A lesson parameter with its type, bounds and default. {@link #parse} turns a text (from the command line or
 * a recording) into a value or refuses it with a {@link ParameterException} that names the parameter and
 * its allowed range. Its label lives in the lesson bundle under {@code <lesson>.param.<name>} ({@link #labelKey}).
 */
public sealed interface Parameter<T> {

    String name();

    T defaultValue();

    /** The value {@code text} stands for; throws {@link ParameterException} if it is not allowed. */
    T parse(String text);

    /** The allowed values as a short text, e.g. {@code 0..1000} or {@code on|off}. */
    String range();

    /** The key of its label in the lesson bundle of {@code lesson}. */
    default String labelKey(String lesson) {
        return lesson + ".param." + name();
    }

    /** The value as {@link #parse} reads it back. */
    default String format(Object value) {
        return String.valueOf(value);
    }

    /** On or off (also accepts true/false, yes/no, 1/0). */
    record Switch(String name, Boolean defaultValue) implements Parameter<Boolean> {
        @Override
        public Boolean parse(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true", "yes", "1" -> true;
                case "off", "false", "no", "0" -> false;
                default -> throw new ParameterException(this, text);
            };
        }

        @Override
        public String range() {
            return "on|off";
        }

        @Override
        public String format(Object value) {
            return Boolean.TRUE.equals(value) ? "on" : "off";
        }
    }

    /** A whole number from {@code min} to {@code max}, inclusive. */
    record Count(String name, Integer defaultValue, int min, int max) implements Parameter<Integer> {
        public Count {
            if (min > max || defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + ".." + max);
            }
        }

        @Override
        public Integer parse(String text) {
            int value;
            try {
                value = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(this, text);
            }
            return check(value);
        }

        /** {@code value} if it is in range; otherwise a {@link ParameterException}. */
        public int check(int value) {
            if (value < min || value > max) {
                throw new ParameterException(this, Integer.toString(value));
            }
            return value;
        }

        @Override
        public String range() {
            return min + ".." + max;
        }
    }

    /** One of a fixed list of options (ids; their labels live in the bundle). */
    record Choice(String name, String defaultValue, List<String> options) implements Parameter<String> {
        public Choice {
            options = List.copyOf(options);
            if (!options.contains(defaultValue)) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " not among " + options);
            }
        }

        @Override
        public String parse(String text) {
            String value = text.trim();
            if (!options.contains(value)) {
                throw new ParameterException(this, text);
            }
            return value;
        }

        @Override
        public String range() {
            return String.join("|", options);
        }

        /** The key of {@code option}'s label in the lesson bundle of {@code lesson}. */
        public String optionKey(String lesson, String option) {
            return labelKey(lesson) + "." + option;
        }
    }
}
