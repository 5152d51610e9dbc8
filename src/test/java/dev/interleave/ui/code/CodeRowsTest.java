package dev.interleave.ui.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeRowsTest {

    @Test
    void aLineThatFitsIsOneRow() {
        assertThat(CodeRows.of("lock.lock();", 12, 4)).containsExactly("lock.lock();");
    }

    @Test
    void breaksAfterASpaceACommaOrABracketOrBeforeADotButNotInsideAString() {
        assertThat(CodeRows.of("boolean enough = balance.get() >= amount;", 34, 4))
                .containsExactly("boolean enough = balance.get() >=", "amount;");
        assertThat(CodeRows.of("lesson.note(\"bank-withdrawal.note.check\", amount, enough);", 40, 4))
                .containsExactly("lesson.note(", "\"bank-withdrawal.note.check\",", "amount, enough);");
        assertThat(CodeRows.of("carriers.add(carrierOf(Thread.currentThread()));", 30, 4))
                .containsExactly("carriers.add(carrierOf(Thread", ".currentThread()));");
    }

    @Test
    void rowsAfterTheFirstAreNarrowerByTheHang() {
        assertThat(CodeRows.of("aaaa bbbb cccc dddd eeee", 10, 4)).containsExactly("aaaa bbbb", "cccc", "dddd", "eeee");
    }

    @Test
    void neverLeavesJustPunctuationOnARow() {
        assertThat(CodeRows.of("abc def );", 8, 0)).containsExactly("abc", "def );");
    }

    @Test
    void breaksInsideAWordOnlyWhenTheRowHasNoBetterPlace() {
        assertThat(CodeRows.of("xxxxxxxxxxxxxxxxxxxx", 8, 4)).containsExactly("xxxxxxxx", "xxxx", "xxxx", "xxxx");
    }
}
