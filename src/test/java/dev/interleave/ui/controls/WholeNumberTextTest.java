package dev.interleave.ui.controls;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WholeNumberTextTest {
    private final List<String> shown = new ArrayList<>();
    private final List<String> outside = new ArrayList<>();
    private final WholeNumberText english = new WholeNumberText(Locale.ENGLISH, () -> 42, shown::add, -10, 20_000,
            (typed, used) -> outside.add(typed + " as " + used));

    @Test
    void writesTheNumberAsTheLanguageDoes() {
        assertThat(english.toString(10_000)).isEqualTo("10,000");
        assertThat(new WholeNumberText(Locale.KOREAN, () -> 0, shown::add, 0, 1, (typed, used) -> { }).toString(20_000)).isEqualTo("20,000");
        assertThat(english.toString(7)).isEqualTo("7");
        assertThat(english.toString(null)).isEmpty();
    }

    @Test
    void readsItWithOrWithoutSeparators() {
        assertThat(english.fromString("10,000")).isEqualTo(10_000);
        assertThat(english.fromString(" 2500 ")).isEqualTo(2_500);
        assertThat(english.fromString("-3")).isEqualTo(-3);
        assertThat(shown).as("the field then shows what it read").containsExactly("10,000", "2,500", "-3");
    }

    @Test
    void aNumberOutsideTheRangeReadsAsTheNearerEndAndIsToldOf() {
        assertThat(english.fromString("99,999")).isEqualTo(20_000);
        assertThat(english.fromString("-11")).isEqualTo(-10);
        assertThat(english.fromString("20000")).isEqualTo(20_000);
        assertThat(outside).containsExactly("99999 as 20000", "-11 as -10");
        assertThat(shown).containsExactly("20,000", "-10", "20,000");
    }

    @Test
    void textThatIsNotAWholeNumberReadsAsTheValueTheFieldHad() {
        assertThat(english.fromString("abc")).isEqualTo(42);
        assertThat(english.fromString("12abc")).isEqualTo(42);
        assertThat(english.fromString("1.5")).isEqualTo(42);
        assertThat(english.fromString("")).isEqualTo(42);
        assertThat(english.fromString(null)).isEqualTo(42);
        assertThat(english.fromString("99999999999")).isEqualTo(42);
        assertThat(english.fromString("1,234,5")).as("separators out of place").isEqualTo(42);
        assertThat(shown).as("the field is put back").hasSize(7).containsOnly("42");
    }
}
