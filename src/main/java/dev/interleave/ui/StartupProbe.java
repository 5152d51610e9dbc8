package dev.interleave.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * Opt-in start-up measurement, off unless {@code -Dinterleave.startupProbe=true}. Called once right after the
 * main window's {@code stage.show()}: at the end of the first pulse that lays out the shown scene (the first
 * frame is then handed to the renderer) it prints one line to standard output,
 * <pre>first-frame-ms=&lt;ms since the JVM started&gt; epoch-ms=&lt;wall clock then&gt;</pre>
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

    private StartupProbe() {}

    /** Arms the probe on the shown scene; does nothing unless {@value #ENABLED} is {@code true}. */
    public static void afterShow(Scene scene) {
        if (!Boolean.getBoolean(ENABLED)) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean fired;

            @Override
            public void run() {
                if (fired) {
                    return;
                }
                fired = true;
                long now = System.currentTimeMillis();
                long start = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame-ms=" + (now - start) + " epoch-ms=" + now);
                System.out.flush();
                // Not from inside the scene's listener loop: remove and exit on the next turn of the FX thread.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    if (Boolean.getBoolean(EXIT)) {
                        Platform.exit();
                    }
                });
            }
        });
    }
}
