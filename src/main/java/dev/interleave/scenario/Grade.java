package dev.interleave.scenario;

/** How an outcome is judged, in the manner of jcstress. */
public enum Grade {
    /** What correct code may produce. */
    ACCEPTABLE,
    /** Allowed, but worth a look: it may happen and need not. */
    INTERESTING,
    /** A bug: with the fix on it must never happen. */
    FORBIDDEN
}
