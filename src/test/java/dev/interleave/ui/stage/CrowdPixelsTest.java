package dev.interleave.ui.stage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pixel of the crowd's grid: inside a thread's cell, its state's tile as repeated from the origin;
 * in the 1-pixel gaps right of and below each cell, and past the last cell, nothing.
 */
class CrowdPixelsTest {
    private static final int TILE = 8;

    /** A different, recognisable tile per state: every pixel tells state, x and y within the tile. */
    private static Map<Thread.State, int[]> tiles() {
        Map<Thread.State, int[]> tiles = new EnumMap<>(Thread.State.class);
        for (Thread.State s : Thread.State.values()) {
            int[] tile = new int[TILE * TILE];
            for (int i = 0; i < tile.length; i++) {
                tile[i] = 0xFF000000 | s.ordinal() << 16 | i;
            }
            tiles.put(s, tile);
        }
        return tiles;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 9, 13})
    void eachCellShowsItsStatesTileAndTheGapsStayClear(int cell) {
        Random random = new Random(cell);
        Map<Thread.State, int[]> tiles = tiles();
        for (int crowd = 0; crowd < 30; crowd++) {
            int count = 1 + random.nextInt(2_000);
            Thread.State[] states = new Thread.State[count];
            for (int i = 0; i < count; i++) {
                states[i] = Thread.State.values()[random.nextInt(Thread.State.values().length)];
            }
            int perRow = 1 + random.nextInt(200);
            int rows = (count + perRow - 1) / perRow;
            int width = perRow * cell;
            int[] pixels = new int[width * rows * cell];

            CrowdPixels.paint(count, i -> states[i], perRow, cell, tiles::get, TILE, pixels, width);

            for (int y = 0; y < rows * cell; y++) {
                for (int x = 0; x < width; x++) {
                    int i = (y / cell) * perRow + x / cell;
                    boolean inCell = i < count && x % cell < cell - 1 && y % cell < cell - 1;
                    int expected = inCell ? tiles.get(states[i])[(y % TILE) * TILE + x % TILE] : 0;
                    assertThat(pixels[y * width + x]).as("pixel %d,%d of %d threads, %d a row", x, y, count, perRow)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
