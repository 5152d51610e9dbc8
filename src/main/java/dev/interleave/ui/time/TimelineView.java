package dev.interleave.ui.time;

import dev.interleave.trace.TimelineIndex;
import dev.interleave.ui.canvas.CssColours;
import dev.interleave.ui.canvas.StatePaints;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.stage.ThreadColours;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Map;

/**
 * The run in time: one lane per thread, its state over time as coloured and patterned spans (blocked hatched,
 * waiting dotted, timed waiting striped: readable without colour), markers for lock, signal, queue and
 * barrier events, and arrows from cause to effect. Drawn on a canvas with level of detail: at most one span
 * and one marker per few pixel columns per lane, arrows only when they can be told apart. Time runs in events.
 *
 * <p>Wheel zooms around the pointer, dragging pans, a click selects that moment everywhere (the stage, the
 * code and the log rewind to it). While "fit" is on, the view follows the whole run as it grows.
 * FX thread only.
 */
public final class TimelineView extends Pane {
    /** Sizes in units of the app's base text size, so the timeline zooms with everything else. */
    private static final double LABEL_EMS = 8;
    private static final double AXIS_EMS = 1.3;
    private static final double LANE_EMS = 1.45;
    private static final double GAP_EMS = 0.4;
    private static final double MIN_SPAN_EVENTS = 8;
    /**
     * Pixel columns between two markers (or arrow heads) of a lane at {@link #MARK_FONT}: they are about that
     * wide. Both grow with the text ({@link #markerScale}).
     */
    private static final int MARKER_SPACING = 4;
    /**
     * The text size the markers' and arrows' pixel sizes are drawn for (the app's normal size at 100 %); at a
     * larger one (zoom, presenter mode) they grow with the text, so that a hall can see them as it reads the names.
     */
    private static final double MARK_FONT = 14;

    private final LessonSession session;
    private final DoubleExpression fontSize;
    private final Canvas canvas = new Canvas();
    private double labelWidth;
    /** The axis's unit in the current language, looked up when it changes, not on every frame. */
    private String axisUnit;
    private double axisHeight;
    private double laneHeight;
    private double laneGap;
    private final ScrollBar vertical = new ScrollBar();
    private final CssColours colours = new CssColours(this);
    private final StatePaints paints = new StatePaints(colours);
    private double viewStart;
    private double viewEnd = 64;
    private boolean fit = true;
    private double pressX = Double.NaN;
    private double pressStart;
    private boolean dragged;
    /** The last drawing, in primitives, for the benchmark and tests: spans, markers, arrows. */
    private int drawnPrimitives;

    /** @param fontSize the app's base text size in pixels (it follows zoom and presenter mode) */
    public TimelineView(LessonSession session, DoubleExpression fontSize) {
        this.session = session;
        this.axisUnit = session.texts().get("timeline.axis");
        this.fontSize = fontSize;
        fontSize.addListener((obs, old, now) -> draw());
        session.texts().localeProperty().addListener((obs, old, now) -> {
            axisUnit = session.texts().get("timeline.axis");
            draw();
        });
        measure();
        getStyleClass().add("timeline");
        setId("timeline");
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.valueProperty().addListener((obs, old, now) -> draw());
        getChildren().addAll(canvas, vertical);
        session.revisionProperty().addListener((obs, old, now) -> draw());
        session.generationProperty().addListener((obs, old, now) -> {
            fit = true;
            draw();
        });
        // A new scene or a theme change (its stylesheets) brings other colours.
        javafx.beans.InvalidationListener themeChanged = obs -> {
            paints.clear();
            draw();
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.getStylesheets().removeListener(themeChanged);
            }
            if (now != null) {
                now.getStylesheets().addListener(themeChanged);
            }
            paints.clear();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressStart = viewStart;
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragged && e.getX() > labelWidth) {
                session.seek(Math.round(seqAt(e.getX())));
            }
            pressX = Double.NaN;
        });
    }

    /** Shows the whole run, and keeps showing it whole as it grows. */
    public void fit() {
        fit = true;
        draw();
    }

    /** Zooms by {@code factor} (below 1: in) around the middle. */
    public void zoom(double factor) {
        zoomAround((viewStart + viewEnd) / 2, factor);
    }

    /** Shows events {@code from} to {@code to} (e.g. for tests and the benchmark). */
    public void show(double from, double to) {
        fit = false;
        viewStart = from;
        viewEnd = Math.max(from + MIN_SPAN_EVENTS, to);
        draw();
    }

    public double viewStart() {
        return viewStart;
    }

    public double viewEnd() {
        return viewEnd;
    }

    /** How many primitives the last drawing used. */
    public int drawnPrimitives() {
        return drawnPrimitives;
    }

    @Override
    protected void layoutChildren() {
        double barWidth = vertical.isVisible() ? vertical.prefWidth(-1) : 0;
        canvas.setWidth(Math.max(0, getWidth() - barWidth));
        canvas.setHeight(Math.max(0, getHeight()));
        vertical.resizeRelocate(getWidth() - barWidth, 0, barWidth, getHeight());
        draw();
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - labelWidth - 4);
    }

    /** Where the plot is and what it shows, as laid out now. */
    private LaneColumns.View view() {
        return new LaneColumns.View(labelWidth, plotWidth(), viewStart, viewEnd);
    }

    private double xOf(double seq) {
        return view().xOf(seq);
    }

    private double seqAt(double x) {
        return view().seqAt(x);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0 || e.getX() < labelWidth) {
            return;
        }
        zoomAround(seqAt(e.getX()), e.getDeltaY() > 0 ? 0.8 : 1.25);
        e.consume();
    }

    private void zoomAround(double seq, double factor) {
        fit = false;
        double start = seq - (seq - viewStart) * factor;
        double end = seq + (viewEnd - seq) * factor;
        if (end - start < MIN_SPAN_EVENTS) {
            return;
        }
        viewStart = start;
        viewEnd = end;
        draw();
    }

    private void onDrag(MouseEvent e) {
        if (Double.isNaN(pressX)) {
            return;
        }
        double dx = e.getX() - pressX;
        if (Math.abs(dx) > 3) {
            dragged = true;
        }
        if (dragged) {
            fit = false;
            double width = viewEnd - viewStart;
            viewStart = pressStart - dx / plotWidth() * width;
            viewEnd = viewStart + width;
            draw();
        }
    }

    /** Sizes from the current base text size. */
    private void measure() {
        double em = fontSize.get();
        labelWidth = LABEL_EMS * em;
        axisHeight = AXIS_EMS * em;
        laneHeight = LANE_EMS * em;
        laneGap = GAP_EMS * em;
    }

    private void draw() {
        measure();
        double em = fontSize.get();
        TimelineIndex index = session.timeline();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(colours.get("-color-bg-default", Color.WHITE));
        g.fillRect(0, 0, w, h);
        if (w < labelWidth + 10 || index == null) {
            return;
        }
        long total = index.size();
        if (fit) {
            viewStart = 0;
            viewEnd = Math.max(MIN_SPAN_EVENTS, total);
        }
        List<TimelineIndex.Lane> lanes = index.lanes();
        int visibleLanes = (int) Math.max(1, (h - axisHeight) / (laneHeight + laneGap));
        boolean scroll = lanes.size() > visibleLanes;
        if (vertical.isVisible() != scroll) {
            vertical.setVisible(scroll);
            requestLayout();
        }
        vertical.setMax(Math.max(0, lanes.size() - visibleLanes));
        vertical.setVisibleAmount(visibleLanes);
        int first = scroll ? (int) Math.round(vertical.getValue()) : 0;

        drawnPrimitives = 0;
        drawAxis(g, w);
        Font font = Font.font(0.85 * em);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int row = 0; row < visibleLanes && first + row < lanes.size(); row++) {
            TimelineIndex.Lane lane = lanes.get(first + row);
            double y = axisHeight + row * (laneHeight + laneGap);
            g.setFill(colours.get("-thread-" + ThreadColours.of(lane.thread()), Color.GRAY));
            g.fillRect(0, y, 4, laneHeight);
            g.setFill(colours.get("-color-fg-default", Color.BLACK));
            g.fillText(lane.name(), 8, y + laneHeight / 2, labelWidth - 12);
            drawSpans(g, lane, y, total);
            drawMarkers(g, lane, y);
        }
        drawArrows(g, index, lanes, first, visibleLanes);
        drawCursor(g, h);
    }

    private void drawAxis(GraphicsContext g, double w) {
        g.setStroke(colours.get("-color-border-default", Color.LIGHTGRAY));
        g.setLineWidth(1);
        g.strokeLine(labelWidth, axisHeight - 2, w, axisHeight - 2);
        double span = viewEnd - viewStart;
        double step = Math.pow(10, Math.floor(Math.log10(span / 6)));
        if (span / step > 12) {
            step *= 5;
        } else if (span / step > 6) {
            step *= 2;
        }
        g.setFill(colours.get("-color-fg-muted", Color.GRAY));
        g.setFont(Font.font(0.8 * fontSize.get()));
        g.setTextBaseline(VPos.TOP);
        // The unit, where the lanes have their names: time here is counted in events.
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(axisUnit, 8, 1, labelWidth - 12);
        double nearEnd = w - 3 * fontSize.get();
        for (double t = Math.ceil(viewStart / step) * step; t <= viewEnd; t += step) {
            double x = xOf(t);
            g.strokeLine(x, axisHeight - 5, x, axisHeight - 2);
            // a number near the right edge ends at its tick instead of running off the canvas
            g.setTextAlign(x > nearEnd ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.fillText(Long.toString(Math.round(t)), x > nearEnd ? x - 2 : x + 2, 1);
        }
    }

    /** One rectangle per run of pixel columns in one state; a column never gets two ({@link LaneColumns}). */
    private void drawSpans(GraphicsContext g, TimelineIndex.Lane lane, double y, long total) {
        LaneColumns.spans(lane, view(), total, (state, x0, x1) -> {
            if (state == Thread.State.NEW || state == Thread.State.TERMINATED) {
                g.setFill(colours.get("-color-border-default", Color.LIGHTGRAY));
                g.fillRect(x0, y + laneHeight / 2 - 1, Math.max(1, x1 - x0), 2);
            } else {
                g.setFill(paints.of(state));
                g.fillRect(x0, y + 2, Math.max(1, x1 - x0), laneHeight - 4);
            }
            drawnPrimitives++;
        });
    }

    /**
     * One marker per {@link #markerSpacing} pixel columns at most. Where events are denser than pixels the
     * markers are plain ticks: the software renderer fills a rectangle far faster than it rasterises a polygon,
     * and shapes a few pixels apart could not be told apart anyway.
     */
    private void drawMarkers(GraphicsContext g, TimelineIndex.Lane lane, double y) {
        boolean ticks = (viewEnd - viewStart) / plotWidth() > 1;
        Color normal = colours.get("-color-fg-default", Color.BLACK);
        Color problem = colours.get("-grade-forbidden", Color.RED);
        double u = markerScale();
        double size = 5 * u;
        double half = size / 2;
        double mid = y + laneHeight / 2;
        g.setStroke(normal);
        g.setLineWidth(1.2 * u);
        LaneColumns.markers(lane, view(), markerSpacing(), (kind, column) -> {
            g.setFill(kind == TimelineIndex.Marker.PROBLEM ? problem : normal);
            drawnPrimitives++;
            if (ticks) {
                double top = kind == TimelineIndex.Marker.UNLOCK ? y + laneHeight - size : y;
                g.fillRect(column, top, 2, size);
                return;
            }
            double x = column + 0.5;
            switch (kind) {
                case LOCK -> g.fillPolygon(new double[] {x - 1.2 * half, x + 1.2 * half, x},
                        new double[] {y, y, y + size}, 3);
                case UNLOCK -> g.fillPolygon(new double[] {x - 1.2 * half, x + 1.2 * half, x},
                        new double[] {y + laneHeight, y + laneHeight, y + laneHeight - size}, 3);
                case READ -> g.strokeOval(x - half, mid - half, size, size);
                case WRITE -> g.fillPolygon(new double[] {x - 1.4 * half, x, x + 1.4 * half, x},
                        new double[] {mid, mid - 1.4 * half, mid, mid + 1.4 * half}, 4);
                default -> g.fillOval(x - half, y - 1, size, size);
            }
        });
    }

    /** How much larger than at {@link #MARK_FONT} the markers and arrows are drawn now. */
    private double markerScale() {
        return fontSize.get() / MARK_FONT;
    }

    /** Pixel columns between two markers or arrow heads now: they grow with the text and must not overlap. */
    private int markerSpacing() {
        return (int) Math.max(MARKER_SPACING, Math.round(MARKER_SPACING * markerScale()));
    }

    private void drawArrows(GraphicsContext g, TimelineIndex index, List<TimelineIndex.Lane> lanes, int first, int rows) {
        Map<Integer, Integer> rowOf = new java.util.HashMap<>();
        for (int row = 0; row < rows && first + row < lanes.size(); row++) {
            rowOf.put(lanes.get(first + row).thread(), row);
        }
        List<TimelineIndex.Arrow> arrows = index.arrows();
        double perColumn = (viewEnd - viewStart) / plotWidth();
        if (perColumn > 64) {
            return; // too far out to tell arrows apart; zoom in to see them
        }
        double u = markerScale();
        int spacing = markerSpacing();
        g.setStroke(colours.get("-color-accent-emphasis", Color.DODGERBLUE));
        g.setLineWidth(1.8 * u);
        int lastColumn = Integer.MIN_VALUE;
        // Arrows are in the order of the events they point to; one pointing past a view's width beyond the
        // right edge is left out (it would only show as a line leaving the view).
        double lastTarget = viewEnd + (viewEnd - viewStart);
        for (int i = index.arrowFrom((long) Math.max(0, Math.floor(viewStart))); i < arrows.size(); i++) {
            TimelineIndex.Arrow a = arrows.get(i);
            if (a.toSeq() > lastTarget) {
                break;
            }
            if (a.fromSeq() > viewEnd) {
                continue;
            }
            Integer from = rowOf.get(a.fromThread());
            Integer to = rowOf.get(a.toThread());
            if (from == null || to == null) {
                continue;
            }
            double x0 = xOf(a.fromSeq());
            double x1 = xOf(a.toSeq());
            int column = (int) x1;
            if (column < lastColumn + spacing) {
                continue;
            }
            lastColumn = column;
            double y0 = axisHeight + from * (laneHeight + laneGap) + laneHeight / 2;
            double y1 = axisHeight + to * (laneHeight + laneGap) + laneHeight / 2;
            g.strokeLine(x0, y0, x1, y1);
            double dir = Math.signum(y1 - y0);
            g.strokeLine(x1, y1, x1 - 4 * u, y1 - 5 * u * dir);
            g.strokeLine(x1, y1, x1 + 4 * u, y1 - 5 * u * dir);
            drawnPrimitives++;
        }
    }

    private void drawCursor(GraphicsContext g, double h) {
        double x = xOf(session.shownPosition());
        if (x < labelWidth || x > labelWidth + plotWidth()) {
            return;
        }
        g.setStroke(colours.get("-grade-forbidden", Color.RED));
        g.setLineWidth(session.viewingPast() ? 2 : 1);
        g.strokeLine(x, 0, x, h);
    }
}
