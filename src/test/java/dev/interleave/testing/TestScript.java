package dev.interleave.testing;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Run;
import dev.interleave.engine.Script;

/** A script for engine tests: the setup given as a lambda; every ending is outcome 0. */
public final class TestScript implements Script {
    /** A setup that may throw. */
    @FunctionalInterface
    public interface Setup {
        void setup(Run run) throws Exception;
    }

    private final Setup setup;
    private volatile Ending judged;

    private TestScript(Setup setup) {
        this.setup = setup;
    }

    public static TestScript of(Setup setup) {
        return new TestScript(setup);
    }

    @Override
    public void setup(Run run) throws Exception {
        setup.setup(run);
    }

    @Override
    public int judge(Run run, Ending ending) {
        judged = ending;
        return 0;
    }

    /** The ending the run judged, or null. */
    public Ending judged() {
        return judged;
    }
}
