package dev.interleave.scenario;

import java.util.Locale;
import java.util.ResourceBundle;

/** The lessons' own texts (titles, what to watch, outcomes, narration, parameters) in English or Korean. */
public final class LessonTexts {
    public static final String BUNDLE = "dev.interleave.scenario.lessons";

    private LessonTexts() {}

    /** The bundle for {@code locale}; English unless Korean is asked for (never the JVM's default locale). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ResourceBundle english() {
        return bundle(Locale.ROOT);
    }
}
