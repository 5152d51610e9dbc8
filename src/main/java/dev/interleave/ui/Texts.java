package dev.interleave.ui;

import dev.interleave.scenario.LessonTexts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the app shows, in the current language: the app's own texts ({@code messages}) and the lessons'
 * ({@code lessons}). Switching the language updates every bound text at once, without a restart.
 *
 * <p>FX thread only.
 */
public final class Texts {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;
    private static final String MESSAGES = "dev.interleave.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);
    private ResourceBundle messages;
    private ResourceBundle lessons;

    public Texts(Locale initial) {
        locale.addListener((obs, old, now) -> load(now));
        locale.set(supported(initial));
        load(locale.get());
    }

    private static Locale supported(Locale l) {
        return KOREAN.getLanguage().equals(l.getLanguage()) ? KOREAN : ENGLISH;
    }

    private void load(Locale l) {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Locale bundleLocale = l.equals(KOREAN) ? KOREAN : Locale.ROOT;
        messages = ResourceBundle.getBundle(MESSAGES, bundleLocale, noFallback);
        lessons = LessonTexts.bundle(bundleLocale);
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(supported(l));
    }

    /** An app text, formatted with {@code args}. A missing key shows as itself, so it is easy to spot. */
    public String get(String key, Object... args) {
        return format(messages, key, args);
    }

    /** A lesson text (title, outcome, narration, ...), formatted with {@code args}. */
    public String lesson(String key, Object... args) {
        return format(lessons, key, args);
    }

    public boolean hasLesson(String key) {
        return lessons.containsKey(key);
    }

    private String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        String text = args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
        return locale.get().equals(KOREAN) ? KoreanParticles.fix(text) : text;
    }

    /** An app text that follows the language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }
}
