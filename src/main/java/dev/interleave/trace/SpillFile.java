package dev.interleave.trace;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The temporary file that holds the chunks a {@link Recording} moved out of memory, each at a fixed place
 * (chunk {@code n} at {@code n * 24 KiB}: its time column, then head, then tail), so that reading one back
 * is one positional read.
 *
 * <p>{@link #write} is called by one thread at a time (the recording's evicting producer, under its lock);
 * {@link #read} by any reader thread, concurrently with writes of other chunks: writes and reads go through
 * two handles on the file, each with its own position (readers take turns on theirs). They are
 * {@link RandomAccessFile}s, not a {@code FileChannel}: an interrupt (lesson threads get interrupted) closes
 * a channel under whoever uses it, which would give up every spilled event. The file is created on the
 * first write and deleted when the recording is garbage (a {@link Cleaner}) or the JVM exits.
 */
final class SpillFile {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Path directory;
    private final int chunkSize;
    private final ByteBuffer writeBuffer; // used under the recording's eviction lock only
    private volatile Handle handle;

    /** The open file, apart from the recording so that the cleaner does not keep the recording alive. */
    private record Handle(Path file, RandomAccessFile writer, RandomAccessFile reader) implements Runnable {
        @Override
        public void run() {
            try (writer; reader) {
                // only closed: first, as Windows deletes no open file
            } catch (IOException e) {
                // deleting may work all the same
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // nothing left to do: deleteOnExit is the last resort
            }
        }
    }

    SpillFile(Path directory, int chunkSize) {
        this.directory = directory;
        this.chunkSize = chunkSize;
        this.writeBuffer = ByteBuffer.allocate(bytesPerChunk()).order(ByteOrder.nativeOrder());
    }

    private int bytesPerChunk() {
        return 3 * Long.BYTES * chunkSize;
    }

    /** The file, or null before the first chunk was written. */
    Path file() {
        Handle h = handle;
        return h == null ? null : h.file();
    }

    /**
     * Writes chunk {@code number}, whose time, head and tail columns {@code columns} puts, in that order;
     * {@code owner} is the recording, whose collection deletes the file. Returns false if the file could not
     * be created or written (a full disk): the caller drops instead.
     */
    boolean write(Object owner, long number, Consumer<LongBuffer> columns) {
        try {
            Handle h = open(owner);
            writeBuffer.clear();
            columns.accept(writeBuffer.asLongBuffer());
            h.writer().seek(number * bytesPerChunk());
            h.writer().write(writeBuffer.array(), 0, bytesPerChunk());
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private Handle open(Object owner) throws IOException {
        Handle h = handle;
        if (h == null) {
            Path file = Files.createTempFile(directory, "interleave-recording-", ".spill");
            file.toFile().deleteOnExit();
            // Not deleted on close: the user is told where the events went.
            h = new Handle(file, new RandomAccessFile(file.toFile(), "rw"), new RandomAccessFile(file.toFile(), "r"));
            CLEANER.register(owner, h);
            handle = h;
        }
        return h;
    }

    /** Closes and deletes the file (after a failed write): its chunks are given up. */
    void discard() {
        Handle h = handle;
        if (h != null) {
            h.run();
        }
    }

    /** Reads chunk {@code number} back: its time, head and tail columns, in that order. */
    LongBuffer read(long number) {
        byte[] bytes = new byte[bytesPerChunk()];
        RandomAccessFile reader = handle.reader();
        try {
            synchronized (reader) {
                reader.seek(number * bytesPerChunk());
                reader.readFully(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back spilled events: " + e.getMessage(), e);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).asLongBuffer();
    }
}
