package dev.interleave.ui.stage;

import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The crowd's grid as pixels: one cell per thread, {@code perRow} to a row, each {@code cell - 1} pixels square
 * with a 1-pixel transparent gap right of it and below it, filled with its state's tile (a colour, or a
 * pattern that continues from cell to cell, as a canvas pattern anchored at the origin would). The renderer
 * then draws one image instead of 10,000 patterned rectangles (UiBench virtual-threads: gaps over 50 ms
 * between pulses halved; the FX thread's own work about the same).
 *
 * <p>No JavaFX: the crowd shows the pixels as an image (FX thread), tests read them.
 */
final class CrowdPixels {
    private CrowdPixels() {
    }

    /**
     * Paints {@code count} cells into {@code pixels} ({@code width} a row), cell {@code i} in the tile of
     * {@code stateOf.apply(i)}: {@code tileSize} × {@code tileSize} pixel values, row by row. Writes every pixel
     * of every cell and none of the gaps, so a buffer cleared once can be painted again and again.
     */
    static void paint(int count, IntFunction<Thread.State> stateOf, int perRow, int cell,
                      Function<Thread.State, int[]> tileOf, int tileSize, int[] pixels, int width) {
        for (int i = 0; i < count; i++) {
            int[] tile = tileOf.apply(stateOf.apply(i));
            int x0 = (i % perRow) * cell;
            int y0 = (i / perRow) * cell;
            for (int y = y0; y < y0 + cell - 1; y++) {
                int row = y * width;
                int tileRow = (y % tileSize) * tileSize;
                for (int x = x0; x < x0 + cell - 1; x++) {
                    pixels[row + x] = tile[tileRow + x % tileSize];
                }
            }
        }
    }
}
