package dev.interleave.engine.sync;

/**
 * A bounded semaphore was released more times than it was acquired (Python raises {@code ValueError:
 * Semaphore released too many times}).
 */
public final class OverReleaseException extends IllegalStateException {
    public OverReleaseException(String semaphore, int initial) {
        super(semaphore + " released beyond its " + initial + " permits");
    }
}
