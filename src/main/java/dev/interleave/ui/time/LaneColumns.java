package dev.interleave.ui.time;

import dev.interleave.trace.TimelineIndex;

/**
 * Which of a lane's spans and markers the timeline draws at the current zoom: at most one rectangle per pixel
 * column, and one marker per few columns. Zoomed out over a long run, a lane holds far more spans and markers
 * than there are columns; both walks jump (by binary search) past what the column already drawn hides, so a
 * lane costs about one step per thing drawn however long the run. Walking every span and marker instead cost
 * the 64-thread case a share of each pulse that grew with the run (UiBench stage64, JFR).
 *
 * <p>Plain arithmetic on the index, no JavaFX: the thread that draws calls it, and tests check it against a
 * walk over every span and marker.
 */
final class LaneColumns {
    private LaneColumns() {
    }

    /** The plot: from x = {@code left}, {@code width} pixels wide, showing events {@code start} to {@code end}. */
    record View(double left, double width, double start, double end) {
        double xOf(double seq) {
            return left + (seq - start) / (end - start) * width;
        }

        double seqAt(double x) {
            return start + (x - left) / width * (end - start);
        }
    }

    /** Told each rectangle to draw, left to right: from x0 to x1, in {@code state}. */
    interface SpanSink {
        void span(Thread.State state, double x0, double x1);
    }

    /** Told each marker to draw, left to right, at pixel {@code column}. */
    interface MarkerSink {
        void marker(TimelineIndex.Marker kind, int column);
    }

    /**
     * The lane's spans in view, one rectangle per run of columns: a span that begins in a column already drawn
     * is drawn from the next column on, and one that ends there is not drawn.
     *
     * @param total the number of events in the run (where the last span ends)
     */
    static void spans(TimelineIndex.Lane lane, View view, long total, SpanSink sink) {
        int n = lane.spans();
        double right = view.left() + view.width();
        int lastColumn = Integer.MIN_VALUE;
        int i = n == 0 ? 0 : lane.spanAt((long) Math.max(0, view.start()));
        while (i < n) {
            double start = lane.spanStart(i);
            if (start > view.end()) {
                return;
            }
            double end = i + 1 < n ? lane.spanStart(i + 1) : total;
            double x0 = Math.max(view.left(), view.xOf(start));
            double x1 = Math.min(right, view.xOf(end));
            if ((int) Math.floor(x0) <= lastColumn) {
                x0 = lastColumn + 1;
            }
            if (x1 > view.left() && x0 < x1) {
                sink.span(lane.spanState(i), x0, x1);
                lastColumn = (int) Math.ceil(x1) - 1;
            }
            // The spans that end before the next free column would draw nothing: go to the one covering it
            // (one event early, so that rounding never skips one that would show).
            long next = (long) Math.max(0, Math.floor(view.seqAt(lastColumn + 1.0)) - 1);
            i = Math.max(i + 1, lane.spanAt(next));
        }
    }

    /** The lane's markers in view, each at least {@code spacing} columns right of the one before. */
    static void markers(TimelineIndex.Lane lane, View view, int spacing, MarkerSink sink) {
        int lastColumn = Integer.MIN_VALUE;
        int i = lane.markerFrom((long) Math.max(0, Math.floor(view.start())));
        while (i < lane.markers()) {
            double seq = lane.markerSeq(i);
            if (seq > view.end()) {
                return;
            }
            int column = (int) Math.floor(view.xOf(seq));
            if (column < lastColumn + spacing || column < view.left()) {
                // Too close: go to the first marker that may be far enough (one event early, for rounding).
                double free = Math.max(view.left(), lastColumn + (double) spacing);
                i = Math.max(i + 1, lane.markerFrom((long) Math.max(0, Math.floor(view.seqAt(free)) - 1)));
                continue;
            }
            sink.marker(lane.marker(i), column);
            lastColumn = column;
            i++;
        }
    }
}
