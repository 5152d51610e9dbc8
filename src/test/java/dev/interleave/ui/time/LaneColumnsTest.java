package dev.interleave.ui.time;

import dev.interleave.trace.Event;
import dev.interleave.trace.ObjectKind;
import dev.interleave.trace.TimelineIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's jumping walks draw exactly what a walk over every span and marker draws (the walk it replaced),
 * at zooms from four columns an event to thousands of events a column, on lanes of random spans and markers.
 */
class LaneColumnsTest {
    private static final int SPACING = 4;
    private static final Thread.State[] STATES = {Thread.State.RUNNABLE, Thread.State.WAITING,
            Thread.State.TIMED_WAITING, Thread.State.BLOCKED};

    /** One thread whose state changes and who reads and writes a variable at random, {@code events} events long. */
    private static TimelineIndex randomLane(long seed, int events) {
        Random random = new Random(seed);
        TimelineIndex index = new TimelineIndex();
        long seq = 0;
        index.feed(new Event.ThreadCreated(seq++, 0, 1, "T1", false, false, 0));
        index.feed(new Event.ObjectCreated(seq++, 0, 1, 2, ObjectKind.INT_VARIABLE, "x", 0, Event.NONE));
        index.feed(new Event.ThreadStarted(seq++, 0, 1, 0));
        while (seq < events) {
            int gap = random.nextInt(10) == 0 ? random.nextInt(2_000) : random.nextInt(3);
            for (int i = 0; i < gap && seq < events; i++) {
                index.feed(new Event.Note(seq++, 0, 1, "n", List.of()));
            }
            if (seq >= events) {
                break;
            }
            index.feed(switch (random.nextInt(3)) {
                case 0 -> new Event.StateChanged(seq, 0, 1, STATES[random.nextInt(STATES.length)], Event.NONE);
                case 1 -> new Event.ValueRead(seq, 0, 1, 2, 0);
                default -> new Event.ValueWritten(seq, 0, 1, 2, 1);
            });
            seq++;
        }
        return index;
    }

    /** Every span, one by one: what the timeline drew before it jumped. */
    private static List<String> everySpan(TimelineIndex.Lane lane, LaneColumns.View view, long total) {
        List<String> drawn = new ArrayList<>();
        double right = view.left() + view.width();
        int lastColumn = Integer.MIN_VALUE;
        for (int i = lane.spanAt((long) Math.max(0, view.start())); i < lane.spans(); i++) {
            double start = lane.spanStart(i);
            double end = i + 1 < lane.spans() ? lane.spanStart(i + 1) : total;
            if (start > view.end()) {
                break;
            }
            double x0 = Math.max(view.left(), view.xOf(start));
            double x1 = Math.min(right, view.xOf(end));
            if (x1 <= view.left()) {
                continue;
            }
            if ((int) Math.floor(x0) <= lastColumn) {
                x0 = lastColumn + 1;
                if (x0 >= x1) {
                    continue;
                }
            }
            drawn.add(lane.spanState(i) + " " + x0 + ".." + x1);
            lastColumn = (int) Math.ceil(x1) - 1;
        }
        return drawn;
    }

    private static List<String> everyMarker(TimelineIndex.Lane lane, LaneColumns.View view) {
        List<String> drawn = new ArrayList<>();
        int lastColumn = Integer.MIN_VALUE;
        for (int i = lane.markerFrom((long) Math.max(0, Math.floor(view.start()))); i < lane.markers(); i++) {
            if (lane.markerSeq(i) > view.end()) {
                break;
            }
            int column = (int) Math.floor(view.xOf(lane.markerSeq(i)));
            if (column < lastColumn + SPACING || column < view.left()) {
                continue;
            }
            lastColumn = column;
            drawn.add(lane.marker(i) + " " + column);
        }
        return drawn;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void drawsWhatAWalkOverEverySpanAndMarkerDraws(long seed) {
        int events = 200_000;
        TimelineIndex index = randomLane(seed, events);
        TimelineIndex.Lane lane = index.lanes().getFirst();
        Random random = new Random(seed);
        for (int view = 0; view < 200; view++) {
            double width = 50 + random.nextInt(1_900);
            double perColumn = Math.pow(10, random.nextDouble() * 4) / 4; // 0.25 to 2,500 events a column
            double span = Math.min(events, width * perColumn);
            double start = random.nextDouble() * (events - span);
            LaneColumns.View v = new LaneColumns.View(120.5, width, start, start + span);

            List<String> spans = new ArrayList<>();
            LaneColumns.spans(lane, v, index.size(), (state, x0, x1) -> spans.add(state + " " + x0 + ".." + x1));
            List<String> markers = new ArrayList<>();
            LaneColumns.markers(lane, v, SPACING, (kind, column) -> markers.add(kind + " " + column));

            assertThat(spans).as("spans in %s", v).isNotEmpty().isEqualTo(everySpan(lane, v, index.size()));
            assertThat(markers).as("markers in %s", v).isEqualTo(everyMarker(lane, v));
        }
    }
}
