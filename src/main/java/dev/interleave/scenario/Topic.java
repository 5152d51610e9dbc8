package dev.interleave.scenario;

/** The groups of the lesson browser, in curriculum order; each title is {@code topic.<id>} in the bundle. */
public enum Topic {
    RACES("races"),
    LOCKS("locks"),
    SIGNALLING("signalling"),
    QUEUES("queues"),
    COORDINATION("coordination"),
    DEADLOCK("deadlock"),
    THREADS("threads");

    private final String id;

    Topic(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return "topic." + id;
    }
}
