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

    @Test
    void onlyTheCommentsChange() {
        for (Scenario lesson : Catalog.all()) {
            List<String> java = resource(lesson.sourceResource());
            List<String> korean = KOREAN.translate(java, Syntax.JAVA);
            assertThat(korean).as(lesson.id()).hasSameSizeAs(java);
            for (int i = 0; i < java.size(); i++) {
                String c = LessonComments.commentOf(java.get(i), Syntax.JAVA);
                String k = LessonComments.commentOf(korean.get(i), Syntax.JAVA);
                String code = c == null ? java.get(i) : java.get(i).replace(c, "");
                assertThat(k == null ? korean.get(i) : korean.get(i).replace(k, "")).as("%s line %d", lesson.id(), i + 1)
                        .isEqualTo(code);
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
                .containsExactly("USE_LOCK = True   # 수업의 \"lock\" 스위치");
        List<String> english = List.of("// check");
        assertThat(LessonComments.of(Locale.ENGLISH).translate(english, Syntax.JAVA)).isSameAs(english);
    }
}
