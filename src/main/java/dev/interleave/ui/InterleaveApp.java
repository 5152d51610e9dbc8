package dev.interleave.ui;

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
    private Presentation presentation;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fx-started");
        prefs = AppPrefs.forUser();
        // -Dinterleave.lang=ko|en overrides the remembered language for this session (screenshots, demos).
        String lang = System.getProperty("interleave.lang");
        Texts texts = new Texts(lang == null ? prefs.language() : java.util.Locale.forLanguageTag(lang));
        session = new LessonSession(texts);
        session.setMode(prefs.mode().equals("FREE") ? LessonSession.Mode.FREE : LessonSession.Mode.STEP);
        // -Dinterleave.speed=0..1 sets the starting speed (demos, screenshots); 1 is full speed.
        session.speedProperty().set(Double.parseDouble(System.getProperty("interleave.speed", "0.6")));
        presentation = new Presentation();
        presentation.setZoom(prefs.zoom());
        // -Dinterleave.theme=LIGHT|DARK|PROJECTOR overrides the remembered theme for this session (screenshots).
        presentation.themeProperty().set(theme(System.getProperty("interleave.theme", prefs.theme())));
        ThemeSwitcher.applyBase(presentation.themeProperty().get());
        MainWindow window = new MainWindow(session, presentation, prefs);
        StartupProbe.mark("window-built");

        AppPrefs.Geometry g = prefs.geometry();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // First start: a large screen gets a generous window; a small one (a laptop, a 1280x720 projector) all of it.
        boolean small = screen.getWidth() < 1700;
        double share = small ? 1.0 : 0.9;
        double width = g.width() > 0 ? Math.min(g.width(), screen.getWidth()) : screen.getWidth() * share;
        double height = g.height() > 0 ? Math.min(g.height(), screen.getHeight()) : screen.getHeight() * share;
        Scene scene = new Scene(window, width, height);
        new ThemeSwitcher(scene, presentation).apply();
        // Every size in the app is relative to the root's text size: zoom and presenter mode set it.
        window.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", presentation.fontSize()),
                presentation.fontSizeProperty()));
        presentation.presenterProperty().addListener((obs, old, now) -> {
            if (now) {
                fitPresenterToScreenOf(stage);
            }
            stage.setFullScreen(now);
        });
        stage.fullScreenProperty().addListener((obs, old, now) -> presentation.presenterProperty().set(now));
        stage.setFullScreenExitHint("");
        // Esc is the app's own key: it puts a teaching card or the key list away first, and only then leaves
        // presenter mode. JavaFX's default would leave full screen (and so presenter mode) on the first Esc.
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        presentation.zoomProperty().addListener((obs, old, now) -> prefs.setZoom(now.doubleValue()));
        presentation.themeProperty().addListener((obs, old, now) -> prefs.setTheme(now.name()));
        stage.setScene(scene);
        window.installAccelerators();
        stage.titleProperty().bind(texts.bind("app.title"));
        stage.getIcons().add(new javafx.scene.image.Image(stylesheet("icon.png")));
        if (!Double.isNaN(g.x()) && onSomeScreen(g)) {
            stage.setX(g.x());
            stage.setY(g.y());
        } else if (small) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        stage.setMaximized(g.width() > 0 ? g.maximized() : small);
        stage.setOnCloseRequest(e -> remember(stage));
        StartupProbe.mark("before-show");
        stage.show();
        StartupProbe.mark("shown");
        StartupProbe.afterShow(scene);
        window.openInitialLesson();
        scene.lookup("#stage").requestFocus();
        session.start();
        StartupProbe.mark("lesson-opened");
    }

    /** Presenter type for the screen full screen will fill: the one most of the window is on. */
    private void fitPresenterToScreenOf(Stage stage) {
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(),
                Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()));
        Screen best = Screen.getPrimary();
        double bestArea = 0;
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getBounds();
            double w = Math.min(b.getMaxX(), window.getMaxX()) - Math.max(b.getMinX(), window.getMinX());
            double h = Math.min(b.getMaxY(), window.getMaxY()) - Math.max(b.getMinY(), window.getMinY());
            if (w > 0 && h > 0 && w * h > bestArea) {
                best = s;
                bestArea = w * h;
            }
        }
        presentation.fitPresenterTo(best.getBounds().getWidth(), best.getBounds().getHeight());
    }

    private static boolean onSomeScreen(AppPrefs.Geometry g) {
        return !Screen.getScreensForRectangle(g.x(), g.y(), Math.max(1, g.width()), Math.max(1, g.height())).isEmpty();
    }

    private static Presentation.Theme theme(String name) {
        for (Presentation.Theme t : Presentation.Theme.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return Presentation.Theme.LIGHT;
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
