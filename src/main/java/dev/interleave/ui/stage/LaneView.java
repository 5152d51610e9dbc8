package dev.interleave.ui.stage;

/**
 * What a thread lane shows, all words already in the current language.
 *
 * @param tags      "daemon", "virtual" or empty
 * @param reason    why it waits ("waiting for lock account, held by T1"), or empty
 * @param next      what it will do when let through ("next: write balance"), or empty
 * @param code      the source line of its step point, trimmed, or empty
 * @param jvmNote   the JVM's own state when it differs from the modelled one, or null
 * @param ending    for an ended thread: how it ended, or empty
 * @param stepLabel the Step button's text (with its key, e.g. "Step 1")
 * @param stepTip   the Step button's tooltip: what it does, or why it is disabled
 */
public record LaneView(int id, String name, int colour, Thread.State state, String stateWord, String stateExplain,
                       String tags, String reason, String next, String code, String jvmNote, String jvmTip,
                       boolean canStep, String stepLabel, String stepTip, String ending, boolean failed,
                       boolean highlighted, boolean deadlocked) {}
