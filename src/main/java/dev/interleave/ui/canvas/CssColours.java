package dev.interleave.ui.canvas;

import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the theme's named colours (the looked-up colours of tokens.css, e.g. {@code -state-blocked}) for
 * drawing on a canvas, so the canvas follows the theme like the rest of the app. Each colour is resolved
 * through a hidden region styled with it; results are cached until {@link #clear()} (a theme change).
 * FX thread only.
 */
public final class CssColours {
    private final Pane host;
    private final Map<String, Color> cache = new HashMap<>();

    /** @param host where the hidden probe lives for a moment; it must be in the scene for CSS to apply */
    public CssColours(Pane host) {
        this.host = host;
    }

    public Color get(String variable, Color fallback) {
        Color known = cache.get(variable);
        if (known != null) {
            return known;
        }
        Color resolved = resolve(variable, fallback);
        if (host.getScene() != null) {
            cache.put(variable, resolved);
        }
        return resolved;
    }

    public void clear() {
        cache.clear();
    }

    private Color resolve(String variable, Color fallback) {
        if (host.getScene() == null) {
            return fallback;
        }
        Region probe = new Region();
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setStyle("-fx-background-color: " + variable + ";");
        host.getChildren().add(probe);
        probe.applyCss();
        Background background = probe.getBackground();
        host.getChildren().remove(probe);
        if (background == null || background.getFills().isEmpty()) {
            return fallback;
        }
        Paint fill = background.getFills().getFirst().getFill();
        return fill instanceof Color c ? c : fallback;
    }
}
