package dev.interleave.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the chosen theme: AtlantaFX's Primer light or dark as the base, then the design tokens, the
 * ControlsFX bridge, the app's widgets, and the theme's own token overrides (dark, or the high-contrast
 * projector theme). Switching takes effect at once. FX thread only.
 */
final class ThemeSwitcher {
    private final Scene scene;
    private final Presentation presentation;

    ThemeSwitcher(Scene scene, Presentation presentation) {
        this.scene = scene;
        this.presentation = presentation;
        presentation.themeProperty().addListener((obs, old, now) -> apply());
    }

    void apply() {
        Presentation.Theme theme = presentation.themeProperty().get();
        Application.setUserAgentStylesheet(theme == Presentation.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        List<String> sheets = new ArrayList<>(List.of(InterleaveApp.stylesheet("theme/tokens.css"),
                InterleaveApp.stylesheet("theme/controlsfx-bridge.css"), InterleaveApp.stylesheet("theme/app.css")));
        switch (theme) {
            case DARK -> sheets.add(InterleaveApp.stylesheet("theme/dark.css"));
            case PROJECTOR -> sheets.add(InterleaveApp.stylesheet("theme/projector.css"));
            case LIGHT -> { }
        }
        scene.getStylesheets().setAll(sheets);
    }
}
