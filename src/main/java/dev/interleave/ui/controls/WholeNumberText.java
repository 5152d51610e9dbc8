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
 * or with none ("1,234,5" is not read as 12,345); text that is not a whole number reads as the value the
 * field had, so a typo puts the field back instead of failing. Whatever
 * was typed, the field then shows what it was read as (a spinner rewrites its field only when its value
 * changes, and "lots" or "2500" stayed as typed). FX thread only (a spinner's converter).
 */
final class WholeNumberText extends StringConverter<Integer> {
    private final NumberFormat format;
    private final Supplier<Integer> current;
    private final Consumer<String> field;

    /**
     * @param current the field's value now, for text that is not a number
     * @param field   sets the field's text
     */
    WholeNumberText(Locale language, Supplier<Integer> current, Consumer<String> field) {
        this.format = NumberFormat.getIntegerInstance(language);
        this.format.setParseIntegerOnly(true);
        this.current = current;
        this.field = field;
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
        field.accept(toString(value));
        return value;
    }
}
