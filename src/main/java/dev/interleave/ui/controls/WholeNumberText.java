package dev.interleave.ui.controls;

import javafx.util.StringConverter;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A parameter field's whole number as the language writes it ("10,000", the way the lesson's texts and the
 * stage write it; a spinner wrote "10000"). Reads it back with its separators where the language puts them
 * or with none ("1,234,5" is not read as 12,345). Text that is not a whole number reads as the value the
 * field had, so a typo puts the field back instead of failing; a number outside the field's range reads as
 * the nearer end of it, and {@link OutOfRange} is told. Whatever was typed, the field then shows what it was
 * read as (a spinner rewrites its field only when its value changes, and "lots" or "2500" stayed as typed).
 * FX thread only (a spinner's converter).
 */
final class WholeNumberText extends StringConverter<Integer> {
    private final NumberFormat format;
    private final Supplier<Integer> current;
    private final Consumer<String> field;
    private final int min;
    private final int max;
    private final OutOfRange outOfRange;

    /** Told when a number outside the field's range was typed, and which number is used instead. */
    interface OutOfRange {
        void typed(int typed, int used);
    }

    /**
     * @param current    the field's value now, for text that is not a number
     * @param field      sets the field's text
     * @param min        the least value; a smaller number reads as it
     * @param max        the greatest value; a larger number reads as it
     * @param outOfRange told when a number was outside them
     */
    WholeNumberText(Locale language, Supplier<Integer> current, Consumer<String> field, int min, int max,
                    OutOfRange outOfRange) {
        this.format = NumberFormat.getIntegerInstance(language);
        this.format.setParseIntegerOnly(true);
        this.current = current;
        this.field = field;
        this.min = min;
        this.max = max;
        this.outOfRange = outOfRange;
    }

    @Override
    public String toString(Integer value) {
        return value == null ? "" : format.format(value);
    }

    @Override
    public Integer fromString(String text) {
        String typed = text == null ? "" : text.strip();
        ParsePosition at = new ParsePosition(0);
        Number number = format.parse(typed, at);
        boolean whole = number != null && at.getIndex() == typed.length()
                && number.longValue() >= Integer.MIN_VALUE && number.longValue() <= Integer.MAX_VALUE
                && (typed.equals(format.format(number)) || typed.matches("-?\\d+"));
        Integer value = whole ? number.intValue() : current.get();
        if (value < min || value > max) {
            int used = Math.clamp(value, min, max);
            outOfRange.typed(value, used);
            value = used;
        }
        field.accept(toString(value));
        return value;
    }
}
