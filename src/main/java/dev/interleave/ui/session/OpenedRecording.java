package dev.interleave.ui.session;

import dev.interleave.trace.History;
import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.TimelineIndex;

/**
 * A recording read from a file and already reduced: its history (with snapshots for rewinding) and its
 * timeline. Reducing a long recording takes a while (a million events: about a second), so it is done on the
 * thread that read the file, never on the FX thread; the session then takes both over as they are.
 */
public record OpenedRecording(RecordingFile.Loaded loaded, History history, TimelineIndex timeline) {
    private static final int BATCH = 64 * 1024;

    /** Reduces every event of {@code loaded}. Any thread; the result is handed to the FX thread whole. */
    public static OpenedRecording reduce(RecordingFile.Loaded loaded) {
        History history = new History(loaded.recording());
        TimelineIndex timeline = new TimelineIndex();
        while (history.advance(BATCH, timeline) > 0) {
            // until every event is in
        }
        return new OpenedRecording(loaded, history, timeline);
    }
}
