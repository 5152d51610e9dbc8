package dev.interleave.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own texts: the same keys in English and Korean, the same placeholders, Korean actually in Korean,
 * and no key that nothing uses. A key is used when the sources name it whole, or name its prefix where the
 * rest is built from an enum (state., op., refusal., beat., menu.theme., file.refused., banner., trials.grade.), or names
 * it without the ".bare" that marks the words for an exception without a message.
 */
class MessagesTest {
    private static final Set<String> BUILT_PREFIXES = Set.of("state.", "state.explain.", "op.", "refusal.",
            "beat.", "menu.theme.", "file.refused.", "banner.", "trials.grade.");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndKoreanHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("/dev/interleave/ui/messages.properties");
        Properties ko = load("/dev/interleave/ui/messages_ko.properties");
        assertThat(new TreeSet<>(ko.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        for (String key : en.stringPropertyNames()) {
            assertThat(numbers(placeholder, ko.getProperty(key))).as(key).isEqualTo(numbers(placeholder, en.getProperty(key)));
        }
    }

    private static Set<String> numbers(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Properties en = load("/dev/interleave/ui/messages.properties");
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/interleave/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.append(Files.readString(f));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            boolean built = BUILT_PREFIXES.stream().anyMatch(prefix -> key.startsWith(prefix)
                    && sources.indexOf("\"" + prefix + "\"") >= 0)
                    // Narrator.exceptionKey: "<key>.bare" is the words for an exception without a message
                    || key.endsWith(".bare") && sources.indexOf("\"" + key.substring(0, key.length() - 5) + "\"") >= 0;
            if (!built && sources.indexOf("\"" + key + "\"") < 0) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }
}
