package dev.interleave.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Applies the chosen theme: AtlantaFX's Primer light or dark as the base, then the design tokens, the
 * ControlsFX bridge, the app's widgets, and the theme's own token overrides (dark, or the high-contrast
 * projector theme); last, the icon size for the current zoom. Switching takes effect at once.
 * FX thread only.
 */
final class ThemeSwitcher {
    private final Scene scene;
    private final Presentation presentation;

    ThemeSwitcher(Scene scene, Presentation presentation) {
        this.scene = scene;
        this.presentation = presentation;
        presentation.themeProperty().addListener((obs, old, now) -> apply());
        presentation.fontSizeProperty().addListener((obs, old, now) -> apply());
    }

    /**
     * Sets AtlantaFX's stylesheet for {@code theme} as the user agent stylesheet. The app calls this before it
     * makes its first control: the control class, finding no user agent stylesheet, would otherwise load
     * JavaFX's own Modena first (a tenth of a second of start-up, for a stylesheet the app then replaces).
     */
    static void applyBase(Presentation.Theme theme) {
        String base = theme == Presentation.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // Setting it again, even to the same sheet, restyles every scene: skip that (a zoom step, start-up).
        if (!base.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(base);
        }
    }

    void apply() {
        Presentation.Theme theme = presentation.themeProperty().get();
        applyBase(theme);
        List<String> sheets = new ArrayList<>(List.of(InterleaveApp.stylesheet("theme/tokens.css"),
                InterleaveApp.stylesheet("theme/controlsfx-bridge.css"), InterleaveApp.stylesheet("theme/app.css")));
        switch (theme) {
            case DARK -> sheets.add(InterleaveApp.stylesheet("theme/dark.css"));
            case PROJECTOR -> sheets.add(InterleaveApp.stylesheet("theme/projector.css"));
            case LIGHT -> { }
        }
        sheets.add(iconSize(presentation.fontSize()));
        scene.getStylesheets().setAll(sheets);
    }

    /**
     * Icons follow the text size. Ikonli reads an em size against the icon's own font, which that very
     * size sets, so an em value would compound at every CSS pass: the size is given in pixels instead.
     */
    private static String iconSize(double fontSize) {
        String css = String.format(Locale.ROOT, ".ikonli-font-icon { -fx-icon-size: %.0fpx; }", fontSize * 1.15);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
