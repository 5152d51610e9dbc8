package dev.interleave.ui;

import dev.interleave.scenario.Catalog;
import dev.interleave.trace.History;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.ObjectModel;
import dev.interleave.trace.Recording;
import dev.interleave.trace.TimelineIndex;
import dev.interleave.ui.session.EventPump;
import dev.interleave.ui.session.LogLine;
import dev.interleave.ui.session.Narrator;
import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million events flood the pump while a producer is still writing: the FX thread keeps getting pulses
 * (the pump takes a slice per pulse and never drains it all at once), and the state it ends on is exact.
 */
@Tag("ui")
class EventPumpFloodTest {
    private static final int EVENTS = 1_000_000;

    @Test
    void aMillionEventsFlowThroughWhilePulsesKeepComing() throws Exception {
        FxToolkit.registerPrimaryStage();
        Recording recording = new Recording();
        recording.objectCreated(0, 0, ObjectKind.INT_VARIABLE, "counter", 0, -1);
        recording.threadCreated(1, "T1", false, false, 0);
        recording.threadStarted(1, 0);
        History history = new History(recording);
        List<Integer> eventsPerPulse = new ArrayList<>();
        AtomicLong lines = new AtomicLong();
        long[] lastSize = {0};
        EventPump[] pump = new EventPump[1];
        Platform.runLater(() -> {
            pump[0] = new EventPump((List<LogLine> narrated, long skipped) -> {
                eventsPerPulse.add((int) (history.size() - lastSize[0]));
                lastSize[0] = history.size();
                lines.addAndGet(narrated.size());
            });
            pump[0].attach(history, new Narrator(new Texts(Texts.ENGLISH), Catalog.all().getFirst()), new TimelineIndex());
            pump[0].start();
        });

        Thread producer = Thread.ofPlatform().start(() -> {
            for (int i = 1; i <= EVENTS; i++) {
                recording.valueWritten(1, 0, i);
            }
        });
        producer.join();
        long total = recording.size();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(history::size) == total);
        onFx(() -> {
            pump[0].stop();
            return null;
        });

        List<Integer> busy = onFx(() -> eventsPerPulse.stream().filter(n -> n > 0).toList());
        // The flood was spread over many pulses instead of one long stall of the FX thread.
        assertThat(busy.size()).isGreaterThan(5);
        assertThat(busy.stream().mapToLong(Integer::longValue).sum()).isEqualTo(total);
        // Only the tail of the flood is narrated line by line.
        assertThat(lines.get()).isLessThan(EVENTS / 10);
        ObjectModel.Variable counter = onFx(() -> history.live().object(0, ObjectModel.Variable.class));
        assertThat(counter.value()).isEqualTo(EVENTS);
        assertThat(counter.lastWriter()).isEqualTo(1);
    }
}
