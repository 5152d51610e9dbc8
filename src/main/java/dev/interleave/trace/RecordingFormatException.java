package dev.interleave.trace;

/**
 * A file that is not a recording this version can read; the message says why in one line (English, for the
 * command line), and {@link #reason()} says it as data, for the app to word in the user's language.
 */
public final class RecordingFormatException extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        /** Not a recording at all. */
        FOREIGN,
        /** It ends too early. */
        TRUNCATED,
        /** Damaged, or its events contradict each other. */
        CORRUPT,
        /** Made by a newer version of the app. */
        NEWER,
        /** Made by a version whose events differ. */
        DIFFERENT
    }

    private final Reason reason;

    public RecordingFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RecordingFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
