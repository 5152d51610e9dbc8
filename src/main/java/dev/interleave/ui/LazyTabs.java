package dev.interleave.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/**
 * Tabs whose content joins the scene the first time the tab is shown. A tab pane keeps every tab's content in
 * the scene, and the window's first CSS and layout pass (most of the start-up) styles and lays out all of it,
 * even the content of tabs nobody has opened yet. FX thread only.
 */
public final class LazyTabs {
    private LazyTabs() {}

    /** Gives {@code tab} the content {@code content} makes, when the tab is first selected (now, if it is). */
    public static void fillWhenFirstShown(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
    }
}
