package dev.interleave.ui.stage;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The icon that goes with each thread state (state is shown by colour, icon and word together). */
public final class StateIcons {
    private StateIcons() {}

    public static Ikon of(Thread.State state, boolean failed) {
        return switch (state) {
            case NEW -> MaterialDesignC.CIRCLE_OUTLINE;
            case RUNNABLE -> MaterialDesignP.PLAY_CIRCLE;
            case BLOCKED -> MaterialDesignL.LOCK;
            case WAITING -> MaterialDesignP.PAUSE_CIRCLE;
            case TIMED_WAITING -> MaterialDesignT.TIMER_SAND;
            case TERMINATED -> failed ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignC.CHECK_CIRCLE;
        };
    }

    /** The CSS pseudo-class name of a state: {@code runnable}, {@code timed-waiting}, ... */
    public static String pseudoClass(Thread.State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
