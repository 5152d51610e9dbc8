package dev.interleave.ui.code;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeRowsTest {

    @Test
    void aLineThatFitsIsOneRow() {
        assertThat(CodeRows.of("lock.lock();", 12, 4)).containsExactly("lock.lock();");
        assertThat(CodeRows.of("", 12, 4)).containsExactly("");
    }

    @Test
    void breaksAfterASpaceACommaOrABracketOrBeforeADot() {
        assertThat(CodeRows.of("boolean enough = balance.get() >= amount;", 34, 4))
                .containsExactly("boolean enough = balance.get() >=", "amount;");
        assertThat(CodeRows.of("carriers.add(carrierOf(Thread.currentThread()));", 30, 4))
                .containsExactly("carriers.add(carrierOf(Thread", ".currentThread()));");
    }

    @Test
    void rowsAfterTheFirstAreNarrowerByTheHang() {
        assertThat(CodeRows.of("aaaa bbbb cccc dddd eeee", 10, 4)).containsExactly("aaaa bbbb", "cccc", "dddd", "eeee");
    }

    @Test
    void neverBreaksInsideAStringWhileTheRowHasAnotherPlace() {
        assertThat(CodeRows.of("lesson.note(\"bank-withdrawal.note.check\", amount, enough);", 40, 4))
                .containsExactly("lesson.note(", "\"bank-withdrawal.note.check\",", "amount, enough);");
    }

    /** A literal longer than a row: what comes after it is still read as code, not as the inside of a string. */
    @Test
    void aLiteralLongerThanARowBreaksOnceAndTheCodeAfterItBreaksAsCode() {
        List<String> rows = CodeRows.of("lesson.note(\"bank-withdrawal.note.check\", amount, enough);", 24, 4);
        assertThat(rows).containsExactly("lesson.note(", "\"bank-withdrawal", ".note.check\",", "amount, enough);");
        assertThat(CodeRows.of("say(\"it is done now\");", 12, 0)).containsExactly("say(", "\"it is done", "now\");");
        assertThat(CodeRows.of("say(\"a\\\" b c d\", x, y);", 14, 0))
                .as("an escaped quote does not end the literal: no break at its spaces")
                .containsExactly("say(", "\"a\\\" b c d\",", "x, y);");
    }

    @Test
    void keepsNumbersAndEmptyCallsWhole() {
        assertThat(CodeRows.of("time.sleep(random.random() * 0.002)", 32, 0))
                .containsExactly("time.sleep(random.random() *", "0.002)");
        assertThat(CodeRows.of("ab.random().c", 10, 0)).containsExactly("ab", ".random()", ".c");
    }

    @Test
    void neverLeavesJustPunctuationOnARow() {
        assertThat(CodeRows.of("abc def );", 8, 0)).containsExactly("abc", "def );");
        assertThat(CodeRows.of("abcdefgh);", 8, 0)).containsExactly("abcdefg", "h);");
    }

    @Test
    void breaksInsideAWordOnlyWhenTheRowHasNoBetterPlace() {
        assertThat(CodeRows.of("xxxxxxxxxxxxxxxxxxxx", 8, 4)).containsExactly("xxxxxxxx", "xxxx", "xxxx", "xxxx");
    }

    @Test
    void endsForAnyWidthEvenNoWiderThanTheHang() {
        assertThat(CodeRows.of("a(b, c);", 2, 4)).allMatch(row -> row.length() <= 2 || !row.matches(".*\\w.*"))
                .hasSizeGreaterThan(2);
        assertThat(String.join("", CodeRows.of("a(b, c);", 1, 0))).isEqualTo("a(b,c);");
    }
}
