package dev.interleave.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * Opt-in start-up measurement, off unless {@code -Dinterleave.startupProbe=true}. Called once right after the
 * main window's {@code stage.show()}: at the end of the first pulse that lays out the shown scene (the first
 * frame is then handed to the renderer) it prints one line to standard output,
 * <pre>first-frame-ms=&lt;ms since the JVM started&gt; epoch-ms=&lt;wall clock then&gt;</pre>
 * and a second line with the phases start-up went through, each in ms since the JVM started
 * ({@code phases: main=.. fx-started=.. window-built=.. before-show=.. shown=.. lesson-opened=.. pulse=..}:
 * {@link #mark}), which says where the time went.
 * With {@code -Dinterleave.startupProbe.exit=true} as well it then exits the app the normal way
 * ({@code Platform.exit()}). The packaging build uses both to train its class-data archive, and
 * {@code packaging/measure-startup.sh} uses them to time start-up (see {@code docs/packaging.md}).
 * The JVM's start is its own record ({@code RuntimeMXBean.getStartTime()}), a little after the process began
 * (the launcher's own work comes before it); {@code epoch-ms} lets a caller measure from its own clock instead,
 * from before it started the process.
 */
public final class StartupProbe {
    static final String ENABLED = "interleave.startupProbe";
    static final String EXIT = "interleave.startupProbe.exit";

    /**
     * Phases marked so far, " name=ms since the JVM started", in order. Written by the thread that launches the
     * app, then by the FX thread (the launch happens before the FX thread starts), read by the FX thread.
     */
    private static final StringBuilder PHASES = new StringBuilder();

    private StartupProbe() {}

    /**
     * Notes that start-up reached a phase (the launching thread, then the FX thread); printed with the first
     * frame as {@code phases: a=ms b=ms}. Does nothing unless the probe is on.
     */
    public static void mark(String phase) {
        if (Boolean.getBoolean(ENABLED)) {
            PHASES.append(' ').append(phase).append('=').append(sinceJvmStart(System.currentTimeMillis()));
        }
    }

    private static long sinceJvmStart(long now) {
        return now - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Arms the probe on the shown scene; does nothing unless {@value #ENABLED} is {@code true}. */
    public static void afterShow(Scene scene) {
        if (!Boolean.getBoolean(ENABLED)) {
            return;
        }
        // The first pulse's CSS and layout run between these two listeners.
        Runnable pulseStarts = new Runnable() {
            private boolean marked;

            @Override
            public void run() {
                if (!marked) {
                    marked = true;
                    mark("pulse");
                }
            }
        };
        scene.addPreLayoutPulseListener(pulseStarts);
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean fired;

            @Override
            public void run() {
                if (fired) {
                    return;
                }
                fired = true;
                long now = System.currentTimeMillis();
                System.out.println("first-frame-ms=" + sinceJvmStart(now) + " epoch-ms=" + now);
                System.out.println("phases:" + PHASES);
                System.out.flush();
                // Not from inside the scene's listener loop: remove and exit on the next turn of the FX thread.
                Platform.runLater(() -> {
                    scene.removePreLayoutPulseListener(pulseStarts);
                    scene.removePostLayoutPulseListener(this);
                    if (Boolean.getBoolean(EXIT)) {
                        Platform.exit();
                    }
                });
            }
        });
    }
}
