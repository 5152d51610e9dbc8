package dev.interleave.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each lesson has every text it needs in English and in Korean, with the same placeholders in both; every
 * narration key its code uses exists and every narration key it has is used; its Python idiom file is there.
 */
class LessonTextsTest {
    private static final ResourceBundle ENGLISH = LessonTexts.english();
    private static final ResourceBundle KOREAN = LessonTexts.bundle(Locale.KOREAN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    static List<Scenario> lessons() {
        return Catalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyTextExistsInBothLanguagesWithTheSamePlaceholders(Scenario lesson) throws IOException {
        for (String key : keysOf(lesson)) {
            assertThat(ENGLISH.containsKey(key)).as("English %s", key).isTrue();
            assertThat(KOREAN.containsKey(key)).as("Korean %s", key).isTrue();
            assertThat(placeholders(KOREAN.getString(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(ENGLISH.getString(key)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theNarrationKeysInTheBundleAreExactlyThoseTheCodeUses(Scenario lesson) throws IOException {
        Set<String> inBundle = new TreeSet<>();
        for (String key : ENGLISH.keySet()) {
            if (key.startsWith(lesson.id() + ".note.")) {
                inBundle.add(key);
            }
        }
        assertThat(inBundle).isEqualTo(notesUsedIn(resource(lesson.sourceResource()), lesson.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void thePythonIdiomFileIsThereAndUsesPythonsThreading(Scenario lesson) throws IOException {
        assertThat(resource(lesson.pythonResource())).contains("import threading");
    }

    /** The texts a lesson needs by convention, and its narration keys. */
    private static List<String> keysOf(Scenario lesson) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String part : List.of("title", "summary", "watch", "python")) {
            keys.add(lesson.id() + "." + part);
        }
        for (Parameter<?> p : lesson.parameters()) {
            keys.add(lesson.id() + ".param." + p.name());
            if (p instanceof Parameter.Choice c) {
                c.options().forEach(option -> keys.add(lesson.id() + ".param." + p.name() + "." + option));
            }
        }
        lesson.outcomes().forEach(o -> keys.add(o.descriptionKey(lesson.id())));
        keys.addAll(notesUsedIn(resource(lesson.sourceResource()), lesson.id()));
        keys.add(lesson.topic().titleKey());
        return keys;
    }

    private static Set<String> notesUsedIn(String source, String id) {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("\"(" + Pattern.quote(id) + "\\.note\\.[a-z-]+)\"").matcher(source);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LessonTextsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
