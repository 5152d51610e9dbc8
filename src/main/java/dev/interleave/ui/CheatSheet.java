package dev.interleave.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The overlay listing every key (the ? key shows it, Esc or ? again hides it), drawn from the {@link KeyMap}
 * so it always tells the truth. FX thread only.
 */
final class CheatSheet extends StackPane {
    private final Texts texts;
    private final KeyMap keys;
    private final VBox card = new VBox(12);

    CheatSheet(Texts texts, KeyMap keys) {
        this.texts = texts;
        this.keys = keys;
        getStyleClass().add("cheat-sheet");
        setId("cheat-sheet");
        card.getStyleClass().add("cheat-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setOnMouseClicked(e -> hide());
        setVisible(false);
        // The card is made when it is first shown: start-up need not style sixty labels nobody sees yet.
        texts.localeProperty().addListener((obs, old, now) -> {
            if (!card.getChildren().isEmpty()) {
                build();
            }
        });
    }

    private void build() {
        Label title = new Label(texts.get("keys.title"));
        title.getStyleClass().add("cheat-title");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (KeyMap.Binding b : keys.bindings()) {
            Label what = new Label(texts.get(b.descriptionKey()));
            grid.addRow(row++, keyCaps(b.label()), what);
        }
        grid.addRow(row, keyCaps("1\u20139"), new Label(texts.get("keys.digit")));
        Button close = new Button(texts.get("keys.close"));
        close.setTooltip(new javafx.scene.control.Tooltip(texts.get("keys.escape")));
        close.setOnAction(e -> hide());
        card.getChildren().setAll(title, grid, close);
    }

    /**
     * A key cap for each of the keys a binding's label lists (two spaces apart: "N  \u2192  PageDown"). An
     * arrow gets the text font: the monospaced one draws it a third of the height of a letter.
     */
    private static HBox keyCaps(String label) {
        HBox caps = new HBox(4);
        caps.getStyleClass().add("cheat-keys");
        for (String key : label.split(" {2}")) {
            Label cap = new Label(key);
            cap.getStyleClass().add("cheat-key");
            if (key.length() == 1 && Character.UnicodeBlock.of(key.charAt(0)) == Character.UnicodeBlock.ARROWS) {
                cap.getStyleClass().add("arrow");
            }
            caps.getChildren().add(cap);
        }
        return caps;
    }

    void toggle() {
        if (isVisible()) {
            hide();
            return;
        }
        if (card.getChildren().isEmpty()) {
            build();
        }
        setVisible(true);
        toFront();
    }

    void hide() {
        setVisible(false);
    }
}
