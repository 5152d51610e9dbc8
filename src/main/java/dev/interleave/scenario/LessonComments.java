package dev.interleave.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comments of the lessons' Java sources and Python programs in the language the app speaks: the code
 * panel shows the real source, and a Korean learner reads its comments in Korean. Only the comment text
 * changes; the code, the markers and the line numbers stay as they are (the threads' chips point at lines).
 *
 * <p>The Korean comes from {@code lesson-comments_ko.txt} beside this class: each English comment line, then
 * its Korean on a line starting with {@code "= "}. Any other language keeps the sources' English.
 * Immutable; any thread.
 */
public final class LessonComments {
    /** How a line marks its comment. */
    public enum Syntax { JAVA, PYTHON }

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final LessonComments ENGLISH = new LessonComments(Map.of());
    private static volatile LessonComments korean;

    private final Map<String, String> translations;

    private LessonComments(Map<String, String> translations) {
        this.translations = translations;
    }

    /** The comments for {@code language}: Korean has its own, every other language the sources' English. */
    public static LessonComments of(Locale language) {
        if (!language.getLanguage().equals("ko")) {
            return ENGLISH;
        }
        LessonComments k = korean;
        if (k == null) {
            k = new LessonComments(read("lesson-comments_ko.txt"));
            korean = k;
        }
        return k;
    }

    /** {@code lines} with each comment that has a translation in it translated. */
    public List<String> translate(List<String> lines, Syntax syntax) {
        if (translations.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int[] span = commentSpan(line, syntax);
            String text = span == null ? null : translations.get(line.substring(span[0], span[1]));
            out.add(text == null ? line : line.substring(0, span[0]) + text + line.substring(span[1]));
        }
        return out;
    }

    /** The English comment lines this has a translation for (for the test that every comment has one). */
    public Set<String> translated() {
        return translations.keySet();
    }

    /**
     * Where the comment that follows code on {@code line} starts (its {@code //} or {@code #}), or -1 when the
     * line has no code before a comment.
     */
    public static int trailingCommentAt(String line, Syntax syntax) {
        int marker = outsideQuotes(line, syntax == Syntax.JAVA ? "//" : "#");
        return marker > 0 && !line.substring(0, marker).isBlank() ? marker : -1;
    }

    /**
     * Where {@code line}'s comment starts, markers included: its {@code //} or {@code #} after code, or the
     * first character of a line that is all comment ({@code //}, {@code #}, a {@code /*} or {@code /**}
     * comment, or a doc comment's {@code *} lines); -1 when the line has no comment.
     */
    public static int commentStartAt(String line, Syntax syntax) {
        int trailing = trailingCommentAt(line, syntax);
        if (trailing > 0) {
            return trailing;
        }
        String code = line.stripLeading();
        boolean allComment = syntax == Syntax.PYTHON ? code.startsWith("#")
                : code.startsWith("//") || code.startsWith("/*") || code.startsWith("*");
        return allComment ? line.length() - code.length() : -1;
    }

    /** The text of {@code line}'s comment, without its markers and the spaces around it; null if none. */
    public static String commentOf(String line, Syntax syntax) {
        int[] span = commentSpan(line, syntax);
        return span == null ? null : line.substring(span[0], span[1]);
    }

    /**
     * Where the words of {@code line}'s comment are: after {@code //}, {@code #}, {@code /*}, {@code /**}
     * or a doc comment's leading {@code *}, up to a closing {@code *}{@code /} or the end, spaces trimmed.
     * Null when the line has no comment with a word in it (a lone {@code *}, code only).
     */
    private static int[] commentSpan(String line, Syntax syntax) {
        int start = markerEnd(line, syntax);
        if (start < 0) {
            return null;
        }
        String rest = line.substring(start).stripTrailing();
        int end = start + rest.length();
        if (syntax == Syntax.JAVA && rest.endsWith("*/")) {
            end -= 2;
        }
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return LETTER.matcher(line.substring(start, end)).find() ? new int[] {start, end} : null;
    }

    /** Just after the comment's marker, or -1 if the line has no comment. */
    private static int markerEnd(String line, Syntax syntax) {
        if (syntax == Syntax.PYTHON) {
            int hash = outsideQuotes(line, "#");
            return hash < 0 ? -1 : hash + 1;
        }
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        String trimmed = line.substring(indent);
        if (trimmed.startsWith("/**")) {
            return indent + 3;
        }
        if (trimmed.startsWith("/*")) {
            return indent + 2;
        }
        if (trimmed.startsWith("*") && !trimmed.startsWith("*/")) {
            return indent + 1;
        }
        int slashes = outsideQuotes(line, "//");
        return slashes < 0 ? -1 : slashes + 2;
    }

    /** The first {@code marker} in {@code line} that is not inside a string or character literal, or -1. */
    private static int outsideQuotes(String line, String marker) {
        boolean[] literal = insideLiterals(line);
        for (int i = 0; i < line.length(); i++) {
            if (!literal[i] && line.startsWith(marker, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each character of a line of code, whether it is between the quotes of a string or character literal
     * (the quotes themselves are not; an escaped character, a quote included, is). One array longer than the
     * line, its last entry false, so that a reader may look one past a character. Any thread.
     */
    public static boolean[] insideLiterals(String line) {
        boolean[] inside = new boolean[line.length() + 1];
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0) {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
            } else if (c == quote) {
                quote = 0;
            } else {
                inside[i] = true;
                if (c == '\\' && i + 1 < line.length()) {
                    inside[++i] = true;
                }
            }
        }
        return inside;
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = LessonComments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            Map<String, String> map = new HashMap<>();
            String english = null;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                if (line.startsWith("= ") && english != null) {
                    if (map.put(english, line.substring(2)) != null) {
                        throw new IllegalStateException(resource + " has two translations of: " + english);
                    }
                    english = null;
                } else {
                    english = line;
                }
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
