package dev.interleave.ui.stage;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Gives a pane new children by removing and inserting only the nodes that differ. A node that is added to a
 * parent, even the one it just left, is styled again from scratch (JavaFX re-matches every selector for it and
 * all its descendants), so {@code getChildren().setAll(...)} restyles a whole box whenever one row comes or
 * goes; at full speed that happened on every pulse (UiBench stage64). FX thread only.
 */
final class Children {
    private Children() {
    }

    /** Makes {@code pane}'s children {@code wanted}, in that order, touching as few of them as it can. */
    static void set(Pane pane, List<? extends Node> wanted) {
        ObservableList<Node> children = pane.getChildren();
        if (children.equals(wanted)) {
            return;
        }
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        for (int i = 0; i < wanted.size(); i++) {
            Node node = wanted.get(i);
            if (i < children.size() && children.get(i) == node) {
                continue;
            }
            if (children.contains(node)) {
                children.setAll(wanted); // the kept nodes changed order: rare, so no cleverer move
                return;
            }
            children.add(i, node);
        }
    }
}
