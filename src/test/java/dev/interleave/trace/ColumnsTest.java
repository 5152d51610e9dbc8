package dev.interleave.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a recording's chunks live: a short run's on the heap, a long run's off it, and on it again when that fails. */
class ColumnsTest {
    private static final int EVENTS = 10 * Columns.CHUNK_SIZE + 123;

    @TempDir
    Path dir;

    @Test
    void aShortRunStaysOnTheHeap() {
        List<ByteBuffer> offHeap = new ArrayList<>();
        Columns columns = filled(new Columns(RecordingLimits.defaults(), this, counting(offHeap)),
                (int) Columns.HEAP_CHUNKS * Columns.CHUNK_SIZE - Columns.CHUNK_SIZE / 2 - 1);
        assertThat(offHeap).isEmpty();
        assertEveryEventReadsBack(columns);
    }

    @Test
    void aLongRunsChunksPastTheFirstAreOffTheHeap() {
        List<ByteBuffer> offHeap = new ArrayList<>();
        Columns columns = filled(new Columns(RecordingLimits.defaults(), this, counting(offHeap)), EVENTS);
        // chunks 0 to 10; the last is less than half full, so the one after it is not made yet
        assertThat(offHeap).hasSize(11 - (int) Columns.HEAP_CHUNKS);
        // the first block made holds the first chunk past the heap ones: its times, then heads, then tails
        ByteBuffer block = offHeap.getFirst().order(ByteOrder.nativeOrder());
        long first = Columns.HEAP_CHUNKS * Columns.CHUNK_SIZE;
        for (int k = 0; k < Columns.CHUNK_SIZE; k++) {
            assertThat(block.getLong(Integer.BYTES * Columns.CHUNK_SIZE + Long.BYTES * k)).isEqualTo(headOf(first + k));
        }
        assertEveryEventReadsBack(columns);
    }

    @Test
    void whenDirectMemoryIsUsedUpChunksGoOnTheHeapAndNothingIsLost() {
        AtomicInteger asked = new AtomicInteger();
        Columns columns = filled(new Columns(RecordingLimits.defaults(), this, bytes -> {
            asked.incrementAndGet();
            throw new OutOfMemoryError("Cannot reserve " + bytes + " bytes of direct buffer memory");
        }), EVENTS);
        assertEveryEventReadsBack(columns);
        assertThat(asked).as("asked again after a refusal, each time waiting for a collection").hasValue(1);
    }

    @Test
    void offHeapChunksSpillAndReadBack() {
        Columns columns = filled(new Columns(RecordingLimits.spillTo(dir, RecordingLimits.MIN_MEMORY_EVENTS), this,
                ByteBuffer::allocateDirect), EVENTS);
        assertThat(columns.spilledEvents()).isGreaterThan(EVENTS / 2);
        assertEveryEventReadsBack(columns);
    }

    private static IntFunction<ByteBuffer> counting(List<ByteBuffer> made) {
        return bytes -> {
            ByteBuffer block = ByteBuffer.allocateDirect(bytes);
            made.add(block);
            return block;
        };
    }

    /** Event {@code seq}: a time that sometimes does not fit an offset, and head and tail derived from it. */
    private static Columns filled(Columns columns, int events) {
        for (long seq = 0; seq < events; seq++) {
            assertThat(columns.append(timeOf(seq), headOf(seq), ~seq)).isEqualTo(seq);
        }
        return columns;
    }

    private static long timeOf(long seq) {
        return seq % 3000 == 7 ? seq * 1_000_000_000L : seq * 40;
    }

    private static long headOf(long seq) {
        return seq << 8 | 1; // never 0: 0 means "not yet published"
    }

    private static void assertEveryEventReadsBack(Columns columns) {
        assertThat(columns.size()).isEqualTo(columns.claimed());
        for (long seq = 0; seq < columns.size(); seq++) {
            Columns.Chunk chunk = columns.chunk(seq);
            int i = Columns.slot(seq);
            assertThat(chunk.head(i)).as("head %d", seq).isEqualTo(headOf(seq));
            assertThat(chunk.tail(i)).as("tail %d", seq).isEqualTo(~seq);
            assertThat(chunk.nanos(i)).as("time %d", seq).isEqualTo(timeOf(seq));
        }
    }
}
