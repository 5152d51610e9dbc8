package dev.interleave.engine;

/**
 * What a run executes. {@link #setup} runs on the run's controller thread (not a lesson thread, so it passes
 * no gate): it creates the shared objects and the threads; the run starts every thread created there, in
 * order, once setup returns. Threads created later by lesson threads are started by those threads.
 * When every non-daemon thread has ended, or a deadlock is found, {@link #judge} names the outcome.
 */
public interface Script {

    void setup(Run run) throws Exception;

    /** The index of the outcome reached; called on the controller thread after the threads settled. */
    int judge(Run run, Ending ending);
}
