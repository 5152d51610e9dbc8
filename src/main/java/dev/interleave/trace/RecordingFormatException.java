package dev.interleave.trace;

/** A file that is not a recording this version can read; the message says why in one line. */
public final class RecordingFormatException extends Exception {
    public RecordingFormatException(String message) {
        super(message);
    }

    public RecordingFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
