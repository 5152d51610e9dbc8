package dev.interleave.scenario;

import dev.interleave.scenario.LessonComments.Syntax;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every comment of every lesson's Java source and Python program reads in Korean when the app speaks Korean,
 * and the translation changes the comments only: the code and the line numbers stay.
 */
class LessonCommentsTest {
    private static final LessonComments KOREAN = LessonComments.of(Locale.KOREAN);

    private static List<String> resource(String path) {
        try (InputStream in = LessonCommentsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCommentOfEveryLessonHasItsKoreanAndNoKoreanIsLeftOver() {
        Set<String> comments = new HashSet<>();
        for (Scenario lesson : Catalog.all()) {
            for (String line : resource(lesson.sourceResource())) {
                String c = LessonComments.commentOf(line, Syntax.JAVA);
                if (c != null) {
                    comments.add(c);
                }
            }
            for (String line : resource(lesson.pythonResource())) {
                String c = LessonComments.commentOf(line, Syntax.PYTHON);
                if (c != null) {
                    comments.add(c);
                }
            }
        }
        assertThat(comments).as("comments without their Korean in lesson-comments_ko.txt")
                .isSubsetOf(KOREAN.translated());
        assertThat(KOREAN.translated()).as("Korean for comments no lesson has any more").isSubsetOf(comments);
    }

    /** Each line with its comment's words taken out: what must not change. */
    private static String withoutWords(String line, Syntax syntax) {
        String c = LessonComments.commentOf(line, syntax);
        if (c == null) {
            return line;
        }
        int at = line.lastIndexOf(c);
        return line.substring(0, at) + line.substring(at + c.length());
    }

    @Test
    void onlyTheCommentsChange() {
        for (Scenario lesson : Catalog.all()) {
            for (Syntax syntax : Syntax.values()) {
                List<String> source = resource(syntax == Syntax.JAVA ? lesson.sourceResource() : lesson.pythonResource());
                List<String> korean = KOREAN.translate(source, syntax);
                assertThat(korean).as(lesson.id()).hasSameSizeAs(source);
                for (int i = 0; i < source.size(); i++) {
                    assertThat(withoutWords(korean.get(i), syntax)).as("%s %s line %d", lesson.id(), syntax, i + 1)
                            .isEqualTo(withoutWords(source.get(i), syntax));
                }
            }
        }
        assertThat(KOREAN.translate(List.of(
                "        String fix = lesson.param(LOCK) ? lesson.param(FIX) : \"none\"; // lock=off: no fix at all",
                "    /** Returns whether the money was paid out. */",
                "USE_LOCK = True   # the lesson's \"lock\" switch",
                "String url = \"http://example.org\"; // not a comment: http://"), Syntax.JAVA)).containsExactly(
                "        String fix = lesson.param(LOCK) ? lesson.param(FIX) : \"none\"; // lock=off: 해결 방법 없음",
                "    /** 돈이 지급되었는지 돌려줍니다. */",
                "USE_LOCK = True   # the lesson's \"lock\" switch",
                "String url = \"http://example.org\"; // not a comment: http://");
        assertThat(KOREAN.translate(List.of("USE_LOCK = True   # the lesson's \"lock\" switch"), Syntax.PYTHON))
                .containsExactly("USE_LOCK = True   # 수업의 \"락\" 스위치");
        List<String> english = List.of("// check");
        assertThat(LessonComments.of(Locale.ENGLISH).translate(english, Syntax.JAVA)).isSameAs(english);
    }

    @Test
    void aCommentStartsAtItsMarkerAfterCodeOrAtTheFirstCharacterOfALineThatIsAllComment() {
        assertThat(LessonComments.commentStartAt("    int x = 1;  // one", Syntax.JAVA)).isEqualTo(16);
        assertThat(LessonComments.commentStartAt("    // all comment", Syntax.JAVA)).isEqualTo(4);
        assertThat(LessonComments.commentStartAt("  /** doc */", Syntax.JAVA)).isEqualTo(2);
        assertThat(LessonComments.commentStartAt("   * doc's next line", Syntax.JAVA)).isEqualTo(3);
        assertThat(LessonComments.commentStartAt("String s = \"// not\";", Syntax.JAVA)).isEqualTo(-1);
        assertThat(LessonComments.commentStartAt("    return x;", Syntax.JAVA)).isEqualTo(-1);
        assertThat(LessonComments.commentStartAt("# a program", Syntax.PYTHON)).isEqualTo(0);
        assertThat(LessonComments.commentStartAt("X = 1  # one", Syntax.PYTHON)).isEqualTo(7);
        assertThat(LessonComments.commentStartAt("print('#')", Syntax.PYTHON)).isEqualTo(-1);
    }
}
