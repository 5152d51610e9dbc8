package dev.interleave.ui;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between sessions (java.util.prefs): language, window size and place, the last
 * lesson and the mode. Tests use their own node (system property {@code interleave.prefs}), so they never
 * touch a user's settings.
 */
public final class AppPrefs {
    private final Preferences node;

    public AppPrefs(Preferences node) {
        this.node = node;
    }

    /** The user's node, or the one named by the {@code interleave.prefs} system property (tests). */
    public static AppPrefs forUser() {
        String name = System.getProperty("interleave.prefs", "dev/interleave/app");
        return new AppPrefs(Preferences.userRoot().node(name));
    }

    public Locale language() {
        return Locale.forLanguageTag(node.get("language", Locale.getDefault().getLanguage()));
    }

    public void setLanguage(Locale l) {
        node.put("language", l.toLanguageTag());
    }

    public String lastLesson(String fallback) {
        return node.get("lesson", fallback);
    }

    public void setLastLesson(String id) {
        node.put("lesson", id);
    }

    /** "STEP" or "FREE". */
    public String mode() {
        return node.get("mode", "STEP");
    }

    public void setMode(String mode) {
        node.put("mode", mode);
    }

    public double zoom() {
        return node.getDouble("zoom", 1.0);
    }

    public void setZoom(double zoom) {
        node.putDouble("zoom", zoom);
    }

    /** LIGHT, DARK or PROJECTOR. */
    public String theme() {
        return node.get("theme", "LIGHT");
    }

    public void setTheme(String theme) {
        node.put("theme", theme);
    }

    /** x, y, width, height, maximized; width 0 when never saved. */
    public record Geometry(double x, double y, double width, double height, boolean maximized) {}

    public Geometry geometry() {
        return new Geometry(node.getDouble("x", Double.NaN), node.getDouble("y", Double.NaN),
                node.getDouble("width", 0), node.getDouble("height", 0), node.getBoolean("maximized", false));
    }

    public void setGeometry(Geometry g) {
        node.putDouble("x", g.x());
        node.putDouble("y", g.y());
        node.putDouble("width", g.width());
        node.putDouble("height", g.height());
        node.putBoolean("maximized", g.maximized());
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembered this time; nothing the user could do about it now.
        }
    }

    /** Forgets everything (tests start from a clean slate). */
    public void clear() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
