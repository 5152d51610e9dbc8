package dev.interleave.engine;

/**
 * A traced object a thread can wait on without a timeout. It answers, from its own bookkeeping and at any
 * moment, whether that thread still cannot go on; the engine uses this to know when a run has settled after a
 * step (nothing left that can move by itself) and to detect a run where every thread waits forever.
 */
public interface Blocker {

    /** The object's id in the run's recording. */
    int objectId();

    /**
     * True while {@code thread}, waiting on this object, cannot proceed. Called from any thread while
     * {@code thread} may be waking up; must not block.
     */
    boolean stillBlocks(TracedThread thread);

    /** The thread that must act to let waiters go on (a lock's owner), or null if it is nobody in particular. */
    default TracedThread holder() {
        return null;
    }
}
