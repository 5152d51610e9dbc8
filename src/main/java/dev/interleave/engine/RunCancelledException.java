package dev.interleave.engine;

/**
 * Thrown in a lesson thread when its run is reset (or ends while the thread, a daemon, still runs): every
 * traced wait turns the interrupt into this, so the lesson's code unwinds through its {@code finally} blocks
 * and the thread ends. Unchecked, so lesson code need not mention it.
 */
public final class RunCancelledException extends RuntimeException {
    public RunCancelledException() {
        super("the run was reset", null, false, false);
    }
}
