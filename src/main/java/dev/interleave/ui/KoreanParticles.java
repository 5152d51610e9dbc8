package dev.interleave.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the right Korean particle after a name that was filled into a sentence: texts say {@code {0}이(가)}
 * because the name is not known in advance; this turns {@code T1이(가)} into {@code T1이} and
 * {@code T2이(가)} into {@code T2가}, as a person would write it. Hangul is exact; digits are read in
 * Sino-Korean (1 일, 2 이, ...); a Latin word by how Korean reads its last sound: l, m, n, ng and a
 * silent e after them end in a consonant ("pool", "item", "checking", "done", "file"), and so do "ck" after
 * a, i, o or u ("lock" 락, "pick" 픽), "ook" ("book" 북) and p after a vowel ("stop" 스톱); the rest end in a
 * vowel ("count" 카운트, "peak" 피크, "check" 체크, "tasks", "queue").
 */
final class KoreanParticles {
    private static final Pattern MARKED = Pattern.compile("(.)(이\\(가\\)|을\\(를\\)|은\\(는\\)|과\\(와\\)|\\(으\\)로)");

    private KoreanParticles() {}

    static String fix(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = MARKED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            int fin = finalConsonant(text, m.start(2));
            String particle = switch (m.group(2)) {
                case "이(가)" -> fin > 0 ? "이" : "가";
                case "을(를)" -> fin > 0 ? "을" : "를";
                case "은(는)" -> fin > 0 ? "은" : "는";
                case "과(와)" -> fin > 0 ? "과" : "와";
                default -> fin > 0 && fin != RIEUL ? "으로" : "로";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + particle));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final int RIEUL = 8;

    private static final int KIYEOK = 1;
    private static final int NIEUN = 4;
    private static final int MIEUM = 16;
    private static final int PIEUP = 17;
    private static final int IEUNG = 21;

    /**
     * How the word that ends just before {@code end} in {@code text} ends when read in Korean: 0 for a vowel,
     * otherwise the final consonant's index (ㄹ = 8).
     */
    private static int finalConsonant(String text, int end) {
        char c = text.charAt(end - 1);
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return (c - 0xAC00) % 28;
        }
        char before = end >= 2 ? Character.toLowerCase(text.charAt(end - 2)) : ' ';
        return switch (Character.toLowerCase(c)) {
            case '0' -> IEUNG; // 영
            case '3' -> MIEUM; // 삼
            case '6' -> KIYEOK; // 육
            case '1', '7', '8', 'l' -> RIEUL; // 일, 칠, 팔
            case 'm' -> MIEUM;
            case 'n' -> NIEUN;
            case 'g' -> before == 'n' ? IEUNG : 0;
            case 'e' -> switch (before) { // a silent e: the consonant before it is the last sound
                case 'l' -> RIEUL;
                case 'm' -> MIEUM;
                case 'n' -> NIEUN;
                default -> 0;
            };
            case 'k' -> endsWith(text, end, "ck") && "aiou".indexOf(lowerAt(text, end - 3)) >= 0
                    || endsWith(text, end, "ook") ? KIYEOK : 0;
            case 'p' -> isVowel(before) ? PIEUP : 0;
            default -> 0;
        };
    }

    private static boolean endsWith(String text, int end, String ending) {
        return end >= ending.length() && text.regionMatches(true, end - ending.length(), ending, 0, ending.length());
    }

    private static char lowerAt(String text, int index) {
        return index >= 0 ? Character.toLowerCase(text.charAt(index)) : ' ';
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
