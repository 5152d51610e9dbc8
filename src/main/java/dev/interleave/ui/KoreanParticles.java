package dev.interleave.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the right Korean particle after a name that was filled into a sentence: texts say {@code {0}이(가)}
 * because the name is not known in advance; this turns {@code T1이(가)} into {@code T1이} and
 * {@code T2이(가)} into {@code T2가}, as a person would write it. Hangul is exact; digits are read in
 * Sino-Korean (1 일, 2 이, ...); a Latin word counts as ending in a consonant when its last letter is
 * l, m or n (as "pool", "item", "balance" read in Korean).
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
            char last = m.group(1).charAt(0);
            int fin = finalConsonant(last);
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

    /** 0 when the word ends in a vowel; the final consonant's index (ㄹ = 8) otherwise. */
    private static int finalConsonant(char c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return (c - 0xAC00) % 28;
        }
        return switch (Character.toLowerCase(c)) {
            case '0', '3', '6' -> 1; // 영, 삼, 육
            case '1', '7', '8', 'l' -> RIEUL; // 일, 칠, 팔
            case 'm', 'n' -> 4;
            default -> 0;
        };
    }
}
