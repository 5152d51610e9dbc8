package dev.interleave.bench;

import dev.interleave.trace.Recording;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Prints how much memory a recording of a real 10M-event run takes per event: the heap in use after a full
 * collection and the direct memory in use (where a long run's columns are), before the run and after it
 * with only the recording kept, divided by its events. Everything the recording holds counts: the columns,
 * the chunk headers, the directory and the interned payloads.
 *
 * <p>Run it with a heap large enough to keep the whole run in memory (the default cap is a quarter of the
 * heap: 2 GB keeps 22 M events), or with a small one to see the cap spill the rest to disk instead of
 * failing:
 *
 * <pre>
 * mvn -q -B -Pbench -DskipTests test-compile
 * java -Xmx2g -cp target/classes:target/test-classes dev.interleave.bench.RecordingMemory [events]
 * java -Xmx256m -cp target/classes:target/test-classes dev.interleave.bench.RecordingMemory
 * </pre>
 */
public final class RecordingMemory {
    private RecordingMemory() {}

    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Workload.record(100_000); // loads and links every class the run uses, so only the recording is counted
        long before = heapAfterGc(memory);
        long directBefore = directInUse();
        long start = System.nanoTime();
        Recording recording = Workload.record(events);
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = heapAfterGc(memory);
        long direct = directInUse() - directBefore;
        long size = recording.size();
        long inMemory = size - recording.spilledEvents() - recording.droppedEvents();

        System.out.printf(Locale.ROOT, "events recorded:      %,d (a real run: 6 threads, lock, semaphore, queue, "
                + "variables; %.1f s, %.1f M events/s)%n", size, seconds, size / seconds / 1e6);
        System.out.printf(Locale.ROOT, "memory cap:           %,d events (max heap %,d MB)%n",
                recording.memoryCapEvents(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "held in memory:       %,d events, heap grew by %,d bytes, direct memory by "
                + "%,d bytes%n", inMemory, after - before, direct);
        System.out.printf(Locale.ROOT, "bytes per event:      %.2f in memory (heap %.2f, direct %.2f)%n",
                (double) (after - before + direct) / inMemory, (double) (after - before) / inMemory,
                (double) direct / inMemory);
        System.out.printf(Locale.ROOT, "overflow:             %s; spilled %,d to %s; dropped %,d%n",
                recording.overflow(), recording.spilledEvents(), recording.spillFile(), recording.droppedEvents());
        System.out.println("last event:           " + recording.event(size - 1));
    }

    /**
     * Bytes of direct buffers in use (the recording's off-heap chunks), once the collections before have
     * freed what they found gone: the cleaner thread frees a buffer some time after the collection.
     */
    private static long directInUse() {
        long used = directBytes();
        for (int i = 0; i < 50; i++) {
            System.gc();
            sleep();
            long now = directBytes();
            if (now == used) {
                break;
            }
            used = now;
        }
        return used;
    }

    private static long directBytes() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // a few rounds: finalisation and reference processing settle
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
