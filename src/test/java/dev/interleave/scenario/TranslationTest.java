package dev.interleave.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in English and Korean, and every key is used. A key counts as used when its full text
 * appears in the sources, or when it is one a lesson needs by convention (title, summary, what to watch,
 * Python idiom, parameters and their options, outcomes, topics).
 */
class TranslationTest {
    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void englishAndKoreanLessonTextsHaveTheSameKeys() throws IOException {
        Properties en = load("/dev/interleave/scenario/lessons.properties");
        Properties ko = load("/dev/interleave/scenario/lessons_ko.properties");
        assertThat(keys(ko)).isEqualTo(keys(en));
        for (String key : keys(ko)) {
            assertThat(ko.getProperty(key)).as(key).isNotBlank();
            assertThat(ko.getProperty(key)).as("%s is not translated", key).matches("(?s).*[\\uAC00-\\uD7A3].*|.*\\{\\d}.*");
        }
    }

    @Test
    void everyLessonHasItsTextsAndEveryTextIsUsed() throws IOException {
        Properties en = load("/dev/interleave/scenario/lessons.properties");
        Set<String> expected = new HashSet<>();
        for (Topic t : Topic.values()) {
            expected.add(t.titleKey());
        }
        for (Scenario s : Catalog.all()) {
            for (String part : new String[] {"title", "summary", "watch", "python"}) {
                expected.add(s.id() + "." + part);
            }
            for (Parameter<?> p : s.parameters()) {
                expected.add(s.id() + ".param." + p.name());
                if (p instanceof Parameter.Choice c) {
                    for (String option : c.options()) {
                        expected.add(s.id() + ".param." + p.name() + "." + option);
                    }
                }
            }
            for (Outcome o : s.outcomes()) {
                expected.add(o.descriptionKey(s.id()));
            }
            for (Beat b : s.beats()) {
                expected.add(b.textKey(s.id()));
                for (Outcome o : s.outcomes()) { // an end card's words for how a run ended: optional
                    String told = b.forGrade(o.grade()).textKey(s.id());
                    if (b.trigger() == Beat.Trigger.END && en.containsKey(told)) {
                        expected.add(told);
                    }
                }
            }
            assertThat(TranslationTest.class.getResource(s.sourceResource())).as(s.sourceResource()).isNotNull();
            assertThat(TranslationTest.class.getResource(s.pythonResource())).as(s.pythonResource()).isNotNull();
        }
        assertThat(keys(en)).containsAll(expected);

        String sources = allSources(Path.of("src/main/java"));
        Set<String> unused = new TreeSet<>();
        for (String key : keys(en)) {
            if (!expected.contains(key) && !sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys nobody uses").isEmpty();
    }

    static String allSources(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }
}
