package dev.interleave.ui.stage;

import dev.interleave.trace.ThreadModel;
import dev.interleave.trace.WorldState;
import dev.interleave.ui.Texts;
import dev.interleave.ui.canvas.CssColours;
import dev.interleave.ui.canvas.StatePaints;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.IntBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Threads in their hundreds or thousands, where one lane each would not fit: how many are in each state now,
 * how those counts moved over time (a stacked strip, newest on the right), and one small cell per thread in
 * its state's colour and pattern. Drawn on a canvas and an image, not with a node per thread, which ten
 * thousand threads could not afford. FX thread only.
 */
public final class ThreadCrowd extends VBox {
    private static final Thread.State[] STATES = {Thread.State.RUNNABLE, Thread.State.BLOCKED, Thread.State.WAITING,
            Thread.State.TIMED_WAITING, Thread.State.NEW, Thread.State.TERMINATED};
    private static final int HISTORY = 240;

    private final Texts texts;
    private final DoubleExpression fontSize;
    private final FlowPane counts = new FlowPane(14, 4);
    private final VBox carriers = new VBox(2);
    private final Pane stripHost = new Pane();
    private final Pane gridHost = new Pane();
    private final Canvas strip = new Canvas();
    /** The grid: an image of one cell per thread, its pixels written each frame. */
    private final ImageView grid = new ImageView();
    private PixelBuffer<IntBuffer> gridPixels;
    /** How many cells the grid's pixels hold, and their size: what the next frame may paint over. */
    private int gridCells;
    private int gridCell;
    private final CssColours colours = new CssColours(gridHost);
    private final StatePaints paints = new StatePaints(colours);
    private final Deque<int[]> history = new ArrayDeque<>();
    /** The threads last shown, in id order (one copy a pulse: there may be ten thousand); null before. */
    private List<ThreadModel> shown;
    /** One per state, in the order of {@link #STATES}; hidden while NEW or TERMINATED count none. */
    private final Label[] countLabels = new Label[STATES.length];
    private final Label carriersCaption = new Label();
    private final List<Label> carrierLanes = new ArrayList<>();

    public ThreadCrowd(Texts texts, DoubleExpression fontSize) {
        this.texts = texts;
        this.fontSize = fontSize;
        getStyleClass().add("thread-crowd");
        setId("thread-crowd");
        setSpacing(6);
        for (int i = 0; i < STATES.length; i++) {
            Label count = new Label();
            count.setGraphic(new FontIcon(StateIcons.of(STATES[i], false)));
            count.getStyleClass().addAll("crowd-count", "legend-" + StateIcons.pseudoClass(STATES[i]));
            count.setId("crowd-" + StateIcons.pseudoClass(STATES[i]));
            countLabels[i] = count;
        }
        counts.getChildren().addAll(countLabels);
        carriersCaption.getStyleClass().add("slot-label");
        stripHost.getChildren().add(strip);
        gridHost.getChildren().add(grid);
        stripHost.setMinHeight(60);
        stripHost.setPrefHeight(70);
        carriers.getStyleClass().add("crowd-carriers");
        carriers.setId("crowd-carriers");
        getChildren().addAll(counts, carriers, stripHost, gridHost);
        InvalidationListener redraw = obs -> draw();
        stripHost.widthProperty().addListener(redraw);
        gridHost.widthProperty().addListener(redraw);
        fontSize.addListener(redraw);
        sceneProperty().addListener((obs, old, now) -> paints.clear());
    }

    /** Shows {@code w}'s threads, and adds their counts to the strip when they changed. */
    public void show(WorldState w) {
        shown = w.threads();
        int[] now = new int[STATES.length];
        for (int i = 0; i < STATES.length; i++) {
            now[i] = w.threadCount(STATES[i]);
        }
        showCarriers(w.carriers());
        if (history.isEmpty() || !java.util.Arrays.equals(history.peekLast(), now)) {
            history.addLast(now);
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
        for (int i = 0; i < STATES.length; i++) {
            Label count = countLabels[i];
            count.setText(texts.get("crowd.count", texts.get("state." + STATES[i].name()), now[i]));
            boolean hidden = now[i] == 0 && (STATES[i] == Thread.State.NEW || STATES[i] == Thread.State.TERMINATED);
            count.setVisible(!hidden);
            count.setManaged(!hidden);
        }
        draw();
    }

    /**
     * The carrier threads as lanes: the few platform threads that run the virtual ones, how many virtual
     * threads last ran on each, and which ran there most recently.
     */
    private void showCarriers(List<String> names) {
        if (names.isEmpty()) {
            carriers.getChildren().clear();
            return;
        }
        Map<String, Integer> ran = new HashMap<>();
        Map<String, ThreadModel> latest = new HashMap<>();
        for (ThreadModel t : shown) {
            if (t.carrier() != null) {
                ran.merge(t.carrier(), 1, Integer::sum);
                ThreadModel l = latest.get(t.carrier());
                if (l == null || t.lastSeq() > l.lastSeq()) {
                    latest.put(t.carrier(), t);
                }
            }
        }
        carriersCaption.setText(texts.get("crowd.carriers"));
        List<Label> shownLanes = new ArrayList<>();
        shownLanes.add(carriersCaption);
        for (int i = 0; i < names.size(); i++) {
            if (i == carrierLanes.size()) {
                Label lane = new Label();
                lane.getStyleClass().add("crowd-carrier");
                carrierLanes.add(lane);
            }
            ThreadModel last = latest.get(names.get(i));
            Label lane = carrierLanes.get(i);
            lane.setText(texts.get("crowd.carrier", names.get(i), ran.getOrDefault(names.get(i), 0),
                    last == null ? "\u2014" : last.name()));
            shownLanes.add(lane);
        }
        // The labels are made once and their texts changed: new nodes on every pulse cost a CSS pass each.
        Children.set(carriers, shownLanes);
    }

    /** Forget the history (a new run). */
    public void clear() {
        history.clear();
    }

    private static int index(Thread.State s) {
        for (int i = 0; i < STATES.length; i++) {
            if (STATES[i] == s) {
                return i;
            }
        }
        return 0;
    }

    private void draw() {
        if (shown == null) {
            return;
        }
        drawStrip();
        drawGrid();
    }

    /** Counts per state over time: a stacked column per change, newest on the right. */
    private void drawStrip() {
        double w = stripHost.getWidth();
        double h = stripHost.getPrefHeight();
        strip.setWidth(w);
        strip.setHeight(h);
        GraphicsContext g = strip.getGraphicsContext2D();
        g.setFill(colours.get("-color-bg-subtle", Color.WHITESMOKE));
        g.fillRect(0, 0, w, h);
        if (history.isEmpty() || w <= 0) {
            return;
        }
        double column = Math.max(1, w / HISTORY);
        double x = w - history.size() * column;
        for (int[] counts : history) {
            int total = 0;
            for (int c : counts) {
                total += c;
            }
            double y = h;
            for (int i = 0; i < STATES.length && total > 0; i++) {
                double part = h * counts[i] / total;
                if (part > 0) {
                    g.setFill(paints.of(STATES[i]));
                    g.fillRect(x, y - part, Math.ceil(column), part);
                    y -= part;
                }
            }
            x += column;
        }
    }

    /** One cell per thread, in id order, in its state's colour and pattern ({@link CrowdPixels}). */
    private void drawGrid() {
        List<ThreadModel> threads = shown;
        double w = gridHost.getWidth();
        if (w <= 0) {
            return;
        }
        int cell = (int) Math.max(4, Math.min(fontSize.get() * 0.9,
                Math.sqrt(w * 400.0 / Math.max(1, threads.size()))));
        int perRow = Math.max(1, (int) (w / cell));
        int rows = Math.max(1, (threads.size() + perRow - 1) / perRow);
        int width = perRow * cell;
        int height = rows * cell;
        gridHost.setMinHeight(height);
        gridHost.setPrefHeight(height);
        if (gridPixels == null || gridPixels.getWidth() != width || gridPixels.getHeight() != height) {
            // The image reads straight from this buffer: no copy of the pixels per frame.
            gridPixels = new PixelBuffer<>(width, height, IntBuffer.allocate(width * height),
                    PixelFormat.getIntArgbPreInstance());
            grid.setImage(new WritableImage(gridPixels));
            gridCells = 0;
        }
        int[] pixels = gridPixels.getBuffer().array();
        if (threads.size() < gridCells || cell != gridCell) {
            // Cells that are gone, or cells of another size in the same image; otherwise every cell is
            // written again and no gap ever is, so the buffer needs no clearing.
            Arrays.fill(pixels, 0);
        }
        gridCells = threads.size();
        gridCell = cell;
        CrowdPixels.paint(threads.size(), i -> threads.get(i).state(), perRow, cell, paints::tile, StatePaints.TILE,
                pixels, width);
        gridPixels.updateBuffer(buffer -> null);
    }
}
