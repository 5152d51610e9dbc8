package dev.interleave.ui;

import javafx.application.Application;

/** Starts the JavaFX app. Kept apart from {@code Main}, so nothing outside {@code ui} touches JavaFX. */
public final class Launcher {
    private Launcher() {}

    public static void launch(String[] args) {
        StartupProbe.mark("main");
        Application.launch(InterleaveApp.class, args);
    }
}
