package dev.interleave.ui;

import dev.interleave.engine.sync.SharedInt;
import dev.interleave.engine.sync.TracedLock;
import dev.interleave.scenario.Beat;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Lesson;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.Op;
import dev.interleave.trace.Recording;
import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.RecordingHeader;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.time.TimelineView;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Drives the real app and logs the FX thread's work per pulse: from the start of the pulse's animation
 * phase (this harness's timer runs first) to the end of its layout, and the gap between pulses.
 * <ul>
 *   <li>{@code timeline}: a 1M-event recording opened, then its timeline zoomed and panned every pulse;</li>
 *   <li>{@code stage64}: 64 threads animated at full speed with the timeline showing the whole growing run;</li>
 *   <li>{@code crowd1000}: 1,000 threads on the stage (the crowd view), frames per second;</li>
 *   <li>{@code virtual-threads}: the lesson as it comes (10,000 virtual threads) at full speed, five times,
 *       each timed from play to the stage showing the end of the run.</li>
 * </ul>
 * Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@ui-bench -Dui.bench=timeline} (headless
 * Monocle, software rendering, as the UI tests); prints percentiles. Not a pass/fail test.
 *
 * <p>To find out why the slowest pulses were slow, give a file after the case
 * ({@code -Dui.bench="stage64 /tmp/pulses.txt"}): each measured pulse is written there as its start in seconds
 * since the JVM started (as {@code -Xlog:gc} stamps its lines), its wall-clock work and its FX CPU time in ms.
 * A slow pulse with little CPU time waited: a collection logged at that moment, or a core taken by others.
 */
public final class UiBench {
    private static final long MEASURE_NANOS = TimeUnit.SECONDS.toNanos(10);
    /**
     * As after a minute of use: the JIT has compiled what the drawing and reducing code needs. With 15 s the
     * JIT still compiled about 470 methods during the ten measured seconds of stage64 (C2 busy a quarter of one
     * of the two cores, taken from the FX thread and the renderer); with 45 s, about 50
     * ({@code -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation} in {@code -Dheadless.argLine}).
     */
    private static final long WARM_UP_MILLIS = 45_000;

    private final List<Long> work = new ArrayList<>();
    private final List<Long> gaps = new ArrayList<>();
    /** Of the work: the animation phase (the event pump and what it refreshes) and then CSS and layout. */
    private final List<Long> animation = new ArrayList<>();
    private final List<Long> cssAndLayout = new ArrayList<>();
    private long animationEnd;
    /**
     * The FX thread's own CPU time per pulse: with busy lesson threads on two cores, the wall-clock work above
     * also counts the time the FX thread waited for a core.
     */
    private final List<Long> cpu = new ArrayList<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private long pulseCpuStart;
    private long pulseStart;
    private long lastStart;
    private boolean measuring;
    /** Each measured pulse's start (FX thread), for {@link #pulseFile}. */
    private final List<Long> starts = new ArrayList<>();
    /** Where to write each measured pulse, or null. */
    private final Path pulseFile;
    /** When the JVM started, on the {@link System#nanoTime} clock (to within a millisecond). */
    private final long jvmStartNanos = System.nanoTime()
            - TimeUnit.MILLISECONDS.toNanos(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());

    private UiBench(Path pulseFile) {
        this.pulseFile = pulseFile;
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "timeline";
        new UiBench(args.length > 1 ? Path.of(args[1]) : null).run(which);
        System.exit(0);
    }

    private void run(String which) throws Exception {
        System.setProperty("interleave.prefs", "dev/interleave/bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch shown = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            // The harness's own timer is created first, so it runs first in each pulse.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseStart = System.nanoTime();
                    pulseCpuStart = threads.getCurrentThreadCpuTime();
                    if (measuring && lastStart != 0) {
                        gaps.add(pulseStart - lastStart);
                    }
                    lastStart = pulseStart;
                }
            }.start();
            try {
                Stage stage = new Stage();
                new InterleaveApp().start(stage);
                window[0] = (MainWindow) stage.getScene().getRoot();
                // Created after the app's own timers (the event pump): it runs last in the animation phase.
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        animationEnd = System.nanoTime();
                    }
                }.start();
                stage.getScene().addPostLayoutPulseListener(() -> {
                    if (measuring && pulseStart != 0) {
                        long end = System.nanoTime();
                        work.add(end - pulseStart);
                        starts.add(pulseStart);
                        cpu.add(threads.getCurrentThreadCpuTime() - pulseCpuStart);
                        animation.add(animationEnd - pulseStart);
                        cssAndLayout.add(end - animationEnd);
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            shown.countDown();
        });
        shown.await();
        switch (which) {
            case "timeline" -> timeline(window[0]);
            case "stage64" -> stage(window[0], 64);
            case "crowd1000" -> stage(window[0], 1000);
            case "virtual-threads" -> lessonToItsEnd(window[0], Catalog.find("virtual-threads"));
            default -> throw new IllegalArgumentException("unknown bench " + which);
        }
    }

    /** A 1M-event recording opened from a file, its timeline then zoomed and panned every pulse. */
    private void timeline(MainWindow window) throws Exception {
        Path file = Files.createTempFile("bench", ".ilrec");
        Recording r = millionEvents();
        RecordingFile.write(file, new RecordingHeader("bank-withdrawal", Map.of(), 1, "FREE", List.of()), r);
        System.out.printf(Locale.ROOT, "recording: %,d events%n", r.size());
        measuring = true;
        long opened = System.nanoTime();
        onFx(() -> {
            window.openRecording(file);
            ((TabPane) window.lookup("#bottom-tabs")).getSelectionModel().select(1);
        });
        LessonSession session = window.session();
        while (UiTestSupport.onFx(() -> session.history().size()) < r.size()) {
            Thread.sleep(20);
        }
        System.out.printf(Locale.ROOT, "read, reduced and shown in %.2f s%n", (System.nanoTime() - opened) / 1e9);
        report("opening (read and reduced off the FX thread, then shown)");
        TimelineView view = (TimelineView) UiTestSupport.onFx(() -> window.lookup("#timeline"));
        long start = System.nanoTime();
        AnimationTimer driver = new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                frame++;
                double total = r.size();
                // zoom from the whole run down to 200 events and back, panning across it
                double phase = (frame % 240) / 240.0;
                double width = total * Math.pow(200 / total, Math.sin(Math.PI * phase));
                double centre = total * ((frame % 600) / 600.0);
                view.show(Math.max(0, centre - width / 2), Math.max(0, centre - width / 2) + width);
            }
        };
        onFx(driver::start);
        Thread.sleep(WARM_UP_MILLIS); // the drawing code compiled by the JIT, as after a minute of use
        onFx(this::clearFigures);
        start = System.nanoTime();
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(MEASURE_NANOS));
        onFx(driver::stop);
        System.out.printf(Locale.ROOT, "panned and zoomed for %.1f s%n", (System.nanoTime() - start) / 1e9);
        report("timeline pan and zoom over 1M events");
    }

    /** {@code threads} lesson threads at full speed, free mode, for ten seconds. */
    private void stage(MainWindow window, int threads) throws Exception {
        LessonSession session = window.session();
        Scenario busy = new BusyThreads(threads);
        onFx(() -> {
            session.speedProperty().set(1.0);
            session.open(busy);
            session.dismissBeat();
            ((TabPane) window.lookup("#bottom-tabs")).getSelectionModel().select(1);
            session.play();
        });
        Thread.sleep(WARM_UP_MILLIS);
        measuring = true;
        long start = System.nanoTime();
        long events0 = UiTestSupport.onFx(() -> session.history().size());
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(MEASURE_NANOS));
        long events1 = UiTestSupport.onFx(() -> session.history().size());
        double seconds = (System.nanoTime() - start) / 1e9;
        measuring = false;
        System.out.printf(Locale.ROOT, "%d threads at full speed: %,d events shown in %.1f s (%,.0f/s), %.1f frames/s%n",
                threads, events1 - events0, seconds, (events1 - events0) / seconds, gaps.size() / seconds);
        report(threads + " threads at full speed, timeline following");
        onFx(session::stop);
    }

    /**
     * A real lesson at full speed, from play until the stage shows its run ended (the event pump's budget per
     * pulse sets how soon once the run is ahead of the screen), five times after two to warm up.
     */
    private void lessonToItsEnd(MainWindow window, Scenario lesson) throws Exception {
        LessonSession session = window.session();
        onFx(() -> {
            session.open(lesson);
            session.speedProperty().set(1.0); // after opening it: the lesson comes with a speed of its own
            session.dismissBeat();
        });
        for (int round = -2; round < 5; round++) {
            onFx(session::restart);
            measuring = round >= 0;
            long start = System.nanoTime();
            onFx(session::play);
            while (!UiTestSupport.onFx(() -> session.endedProperty().get())) {
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long events = UiTestSupport.onFx(() -> session.history().size());
            measuring = false;
            if (round >= 0) {
                System.out.printf(Locale.ROOT, "%s at full speed: %,d events shown to the end in %.2f s%n",
                        lesson.id(), events, seconds);
            }
        }
        report(lesson.id() + " at full speed, five runs to their end");
    }

    /** Prints and clears the figures gathered so far (the lists are the FX thread's: read there). */
    private void report(String what) throws Exception {
        long[] w = sorted(work);
        long[] g = sorted(gaps);
        System.out.printf(Locale.ROOT, "%s: %d pulses; FX work per pulse p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " gap between pulses p50 %.1f ms, max %.1f ms, gaps over 50 ms: %d%n",
                what, w.length, pct(w, 50), pct(w, 99), pct(w, 100), pct(g, 50), pct(g, 100),
                Arrays.stream(g).filter(x -> x > 50_000_000L).count());
        long[] a = sorted(animation);
        long[] c = sorted(cssAndLayout);
        System.out.printf(Locale.ROOT, "  of which: events and refresh p50 %.2f ms, p99 %.2f ms;"
                + " CSS and layout p50 %.2f ms, p99 %.2f ms%n", pct(a, 50), pct(a, 99), pct(c, 50), pct(c, 99));
        long[] u = sorted(cpu);
        System.out.printf(Locale.ROOT, "  FX thread CPU time per pulse p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                pct(u, 50), pct(u, 99), pct(u, 100));
        if (pulseFile != null) {
            Files.write(pulseFile, UiTestSupport.onFx(() -> pulseLines(what)), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        onFx(this::clearFigures);
    }

    /** One line per measured pulse: what was measured, its start (s since the JVM started), work and CPU (ms). */
    private List<String> pulseLines(String what) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            lines.add(String.format(Locale.ROOT, "%s\t%.3f\t%.2f\t%.2f", what, (starts.get(i) - jvmStartNanos) / 1e9,
                    work.get(i) / 1e6, cpu.get(i) / 1e6));
        }
        return lines;
    }

    /** Forgets the figures gathered so far (FX thread). */
    private void clearFigures() {
        work.clear();
        starts.clear();
        gaps.clear();
        animation.clear();
        cssAndLayout.clear();
        cpu.clear();
    }

    /** One list of figures, read on the FX thread (whose lists they are), sorted. */
    private static long[] sorted(List<Long> figures) throws Exception {
        return UiTestSupport.onFx(() -> figures.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** A realistic 1M-event recording: 8 threads taking a lock in turn and updating a shared counter. */
    private static Recording millionEvents() {
        Recording r = new Recording();
        r.objectCreated(0, 0, ObjectKind.LOCK, "account", 0, -1);
        r.objectCreated(0, 1, ObjectKind.INT_VARIABLE, "balance", 0, -1);
        int threads = 8;
        for (int t = 1; t <= threads; t++) {
            r.threadCreated(t, "T" + t, false, false, 0);
            r.threadStarted(t, 0);
        }
        int value = 0;
        r.lockRequested(1, 0);
        for (int i = 0; r.size() < 1_000_000 - 16; i++) {
            int t = 1 + i % threads;
            int next = 1 + (i + 1) % threads;
            r.stepPending(t, Op.LOCK, 0, 40);
            r.lockAcquired(t, 0, 1);
            r.lockRequested(next, 0); // the next one asks while this one holds it
            r.valueRead(t, 1, value);
            r.valueWritten(t, 1, ++value);
            r.lockReleased(t, 0, 0);
        }
        for (int t = 1; t <= threads; t++) {
            r.lockAcquired(t, 0, 1);
            r.lockReleased(t, 0, 0);
            r.threadTerminated(t, null, null);
        }
        return r;
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    private static void onFx(Runnable action) throws Exception {
        UiTestSupport.onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Many threads that keep taking one lock and counting, until the run is reset. */
    private static final class BusyThreads extends Scenario {
        private final int count;

        BusyThreads(int count) {
            super("bench-busy", Topic.THREADS, List.of(), List.of(Outcome.acceptable("done")));
            this.count = count;
        }

        /** No teaching cards: the predict card would pause the run on its first pulse. */
        @Override
        public List<Beat> beats() {
            return List.of();
        }

        @Override
        protected Judge setup(Lesson lesson) {
            TracedLock lock = lesson.lock("lock");
            SharedInt counter = lesson.sharedInt("counter", 0);
            for (int i = 1; i <= count; i++) {
                lesson.thread("W" + i, () -> {
                    while (true) {
                        lock.lock();
                        try {
                            counter.set(counter.get() + 1);
                        } finally {
                            lock.unlock();
                        }
                    }
                });
            }
            return ending -> outcome("done");
        }
    }
}
