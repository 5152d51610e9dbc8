package dev.interleave.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop app. */
public final class InterleaveApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Interleave");
        stage.setScene(new Scene(new StackPane(new Label("Interleave")), 1280, 720));
        stage.show();
    }
}
