package dev.interleave.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the app presents itself, for a laptop or a lecture hall: the zoom (100–300 %, which scales every text
 * and the layout with it), presenter mode (full screen, larger type, secondary panes folded away), the theme
 * (light, dark, high-contrast projector) and a blanked stage (the clicker's B key). Remembered between
 * sessions. FX thread only.
 */
public final class Presentation {
    public static final double MIN_ZOOM = 1.0;
    public static final double MAX_ZOOM = 3.0;
    public static final double ZOOM_STEP = 0.25;
    /** The base text size at 100 %: smallest text in the app is 0.8 of it. */
    static final double NORMAL_FONT = 14;
    /**
     * The base text size of presenter mode at 100 % on a 1920x1080 screen: 0.8 of it is 20 px, readable from
     * the back of a hall.
     */
    static final double PRESENTER_FONT = 25;
    /** The screen {@link #PRESENTER_FONT} is meant for. */
    static final double HALL_WIDTH = 1920;
    static final double HALL_HEIGHT = 1080;
    /**
     * Bounds of the presenter type's scale: below 0.6 it would be no larger than the normal type; above 2 a
     * very large screen is more likely a monitor seen up close than a wall.
     */
    static final double MIN_SCREEN_SCALE = 0.6;
    static final double MAX_SCREEN_SCALE = 2.0;

    public enum Theme { LIGHT, DARK, PROJECTOR }

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    /** Presenter type for the screen it is shown on, relative to a 1920x1080 one: {@link #fitPresenterTo}. */
    private final DoubleProperty screenScale = new SimpleDoubleProperty(this, "screenScale", 1.0);
    private final DoubleBinding fontSize = Bindings.createDoubleBinding(
            () -> (presenter.get() ? PRESENTER_FONT * screenScale.get() : NORMAL_FONT) * zoom.get(),
            zoom, presenter, screenScale);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public BooleanProperty blankedProperty() {
        return blanked;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The base text size now, in pixels (every other size is relative to it). */
    public DoubleBinding fontSizeProperty() {
        return fontSize;
    }

    public double fontSize() {
        return fontSize.get();
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(1.0);
    }

    public void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(value / ZOOM_STEP) * ZOOM_STEP)));
    }

    /**
     * Sizes presenter mode's type for a screen of this size (in the pixels JavaFX lays out in). A projector
     * throws its picture on the same wall whatever its resolution, so a text reads as well from the back of
     * the hall when it takes the same share of the screen: at 1280x720 that is 2/3 of the pixels it takes at
     * 1920x1080 (at the full 25 px the toolbar ran off the right edge and the stage showed one card).
     */
    public void fitPresenterTo(double screenWidth, double screenHeight) {
        double scale = Math.min(screenWidth / HALL_WIDTH, screenHeight / HALL_HEIGHT);
        screenScale.set(Math.max(MIN_SCREEN_SCALE, Math.min(MAX_SCREEN_SCALE, scale)));
    }

    public void togglePresenter() {
        presenter.set(!presenter.get());
    }

    public void toggleBlank() {
        blanked.set(!blanked.get());
    }
}
