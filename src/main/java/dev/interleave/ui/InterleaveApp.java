package dev.interleave.ui;

import atlantafx.base.theme.PrimerLight;
import dev.interleave.ui.session.LessonSession;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Objects;

/**
 * The desktop app: theme, window, the session, and what is remembered between sessions. The scene's
 * stylesheets are the design tokens and the app's widgets on top of AtlantaFX.
 */
public final class InterleaveApp extends Application {
    private LessonSession session;
    private AppPrefs prefs;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        prefs = AppPrefs.forUser();
        // -Dinterleave.lang=ko|en overrides the remembered language for this session (screenshots, demos).
        String lang = System.getProperty("interleave.lang");
        Texts texts = new Texts(lang == null ? prefs.language() : java.util.Locale.forLanguageTag(lang));
        session = new LessonSession(texts);
        session.setMode(prefs.mode().equals("FREE") ? LessonSession.Mode.FREE : LessonSession.Mode.STEP);
        MainWindow window = new MainWindow(session, prefs);

        AppPrefs.Geometry g = prefs.geometry();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // First start: a large screen gets a generous window; a small one (a laptop, a 1280x720 projector) all of it.
        boolean small = screen.getWidth() < 1700;
        double share = small ? 1.0 : 0.9;
        double width = g.width() > 0 ? Math.min(g.width(), screen.getWidth()) : screen.getWidth() * share;
        double height = g.height() > 0 ? Math.min(g.height(), screen.getHeight()) : screen.getHeight() * share;
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().addAll(stylesheet("theme/tokens.css"), stylesheet("theme/controlsfx-bridge.css"),
                stylesheet("theme/app.css"));
        stage.setScene(scene);
        stage.titleProperty().bind(texts.bind("app.title"));
        if (!Double.isNaN(g.x()) && onSomeScreen(g)) {
            stage.setX(g.x());
            stage.setY(g.y());
        } else if (small) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        stage.setMaximized(g.width() > 0 ? g.maximized() : small);
        stage.setOnCloseRequest(e -> remember(stage));
        stage.show();
        StartupProbe.afterShow(scene);
        window.openInitialLesson();
        session.start();
    }

    private static boolean onSomeScreen(AppPrefs.Geometry g) {
        return !Screen.getScreensForRectangle(g.x(), g.y(), Math.max(1, g.width()), Math.max(1, g.height())).isEmpty();
    }

    static String stylesheet(String name) {
        return Objects.requireNonNull(InterleaveApp.class.getResource(name), name).toExternalForm();
    }

    private void remember(Stage stage) {
        prefs.setGeometry(new AppPrefs.Geometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        prefs.setMode(session.modeProperty().get().name());
        prefs.flush();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.stop();
        }
        if (prefs != null) {
            prefs.flush();
        }
    }
}
