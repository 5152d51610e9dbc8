package dev.interleave.ui.canvas;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;

import java.util.EnumMap;
import java.util.Map;

/**
 * How canvases paint a thread state: its theme colour, with a pattern for the waiting states (blocked
 * hatched, waiting dotted, timed waiting striped), so it reads without colour too: in grey-scale, with a
 * colour-vision deficiency, on a washed-out projector. Cached until the theme changes. FX thread only.
 */
public final class StatePaints {
    /** The side of a pattern's tile, in pixels. */
    public static final int TILE = 8;
    private final CssColours colours;
    private final Map<Thread.State, Paint> fills = new EnumMap<>(Thread.State.class);
    private final Map<Thread.State, int[]> tiles = new EnumMap<>(Thread.State.class);

    public StatePaints(CssColours colours) {
        this.colours = colours;
    }

    public Paint of(Thread.State state) {
        return fills.computeIfAbsent(state, s -> switch (s) {
            case RUNNABLE -> colours.get("-state-runnable", Color.GREEN);
            case BLOCKED -> pattern(colours.get("-state-blocked", Color.RED), Pattern.DIAGONAL);
            case WAITING -> pattern(colours.get("-state-waiting", Color.ORANGE), Pattern.DOTS);
            case TIMED_WAITING -> pattern(colours.get("-state-timed", Color.PURPLE), Pattern.VERTICAL);
            case NEW -> colours.get("-state-new", Color.GRAY);
            case TERMINATED -> colours.get("-state-terminated", Color.DARKGRAY);
        });
    }

    /**
     * The state's paint as a {@link #TILE} × {@link #TILE} square of premultiplied ARGB values, row by row, to
     * be repeated from the origin (what the paint fills there), for those who write pixels rather than draw.
     */
    public int[] tile(Thread.State state) {
        return tiles.computeIfAbsent(state, s -> {
            int[] argb = new int[TILE * TILE];
            Paint paint = of(s);
            for (int y = 0; y < TILE; y++) {
                for (int x = 0; x < TILE; x++) {
                    Color c = paint instanceof ImagePattern p
                            ? p.getImage().getPixelReader().getColor(x, y) : (Color) paint;
                    argb[y * TILE + x] = premultipliedArgb(c);
                }
            }
            return argb;
        });
    }

    private static int premultipliedArgb(Color c) {
        double a = c.getOpacity();
        return (int) Math.round(a * 255) << 24 | (int) Math.round(c.getRed() * a * 255) << 16
                | (int) Math.round(c.getGreen() * a * 255) << 8 | (int) Math.round(c.getBlue() * a * 255);
    }

    /** Forget the colours (the theme changed). */
    public void clear() {
        fills.clear();
        tiles.clear();
        colours.clear();
    }

    private enum Pattern { DIAGONAL, DOTS, VERTICAL }

    private static Paint pattern(Color base, Pattern pattern) {
        int size = TILE;
        WritableImage tile = new WritableImage(size, size);
        Color mark = base.deriveColor(0, 1, 0.55, 1);
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                boolean on = switch (pattern) {
                    case DIAGONAL -> (x + y) % size < 2;
                    case DOTS -> x % 4 < 2 && y % 4 < 2;
                    case VERTICAL -> x % 4 == 0;
                };
                tile.getPixelWriter().setColor(x, y, on ? mark : base);
            }
        }
        return new ImagePattern(tile, 0, 0, size, size, false);
    }
}
