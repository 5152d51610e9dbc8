package dev.interleave.ui.stage;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of thread chips that keeps its own chips and labels: from one view to the next it changes their texts
 * and colours, not its nodes (a new node, or one moved to another parent, costs a CSS pass of its own, and at
 * full speed the threads change places every pulse). Shows at most {@code max} chips, then "+N". FX thread only.
 */
public final class ChipRow extends FlowPane {
    private final int max;
    private final List<ThreadChip> chips = new ArrayList<>();
    private final Label empty = new Label();
    private final Label more = new Label();

    /**
     * @param max       the most chips shown
     * @param wrapWidth the width past which chips wrap to a second line
     */
    public ChipRow(int max, double wrapWidth) {
        super(4, 4);
        this.max = max;
        setPrefWrapLength(wrapWidth);
        setMinHeight(Region.USE_PREF_SIZE);
        getStyleClass().add("chip-row");
        setAlignment(Pos.CENTER_LEFT);
        empty.getStyleClass().add("empty-slot");
        more.getStyleClass().add("more-chips");
    }

    /** Shows {@code threads}, or {@code emptyText} in italics when there are none (null: nothing). */
    public ChipRow show(List<ChipView> threads, String emptyText) {
        List<Node> children = new ArrayList<>();
        if (threads.isEmpty() && emptyText != null) {
            empty.setText(emptyText);
            children.add(empty);
        }
        int shown = Math.min(threads.size(), max);
        for (int i = 0; i < shown; i++) {
            if (i == chips.size()) {
                chips.add(new ThreadChip(threads.get(i)));
            }
            chips.get(i).show(threads.get(i));
            children.add(chips.get(i));
        }
        if (threads.size() > shown) {
            more.setText("+" + (threads.size() - shown));
            children.add(more);
        }
        if (!getChildren().equals(children)) {
            getChildren().setAll(children);
        }
        return this;
    }
}
