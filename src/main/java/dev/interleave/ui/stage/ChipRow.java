package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread chips of one row (a pane of the caller's choosing: a wrapping one in the stage's boxes, a single
 * line in the code panel). It keeps its own chips and labels: from one view to the next it changes their texts
 * and colours, not its nodes (a new node, or one moved to another parent, costs a CSS pass of its own, and at
 * full speed the threads change places every pulse). Shows at most {@code max} chips, then "+N" (written the
 * language's way: "+9,999"). FX thread only.
 */
public final class ChipRow {
    private final Pane pane;
    private final Texts texts;
    private final int max;
    private final List<ThreadChip> chips = new ArrayList<>();
    private final Label empty = new Label();
    private final Label more = new Label();

    /** Fills {@code pane}'s children from now on; it shows at most {@code max} chips. */
    public ChipRow(Pane pane, Texts texts, int max) {
        this.pane = pane;
        this.texts = texts;
        this.max = max;
        empty.getStyleClass().add("empty-slot");
        more.getStyleClass().add("more-chips");
    }

    /** Shows {@code threads}, or {@code emptyText} in italics when there are none (null: nothing). */
    public void show(List<ChipView> threads, String emptyText) {
        show(threads, threads.size(), emptyText);
    }

    /**
     * Shows {@code first} (at most {@code max} of them), the first of {@code total} threads, then how many more
     * there are; or {@code emptyText} when there are none (null: nothing).
     */
    public void show(List<ChipView> first, int total, String emptyText) {
        List<Node> children = new ArrayList<>();
        if (total == 0 && emptyText != null) {
            empty.setText(emptyText);
            children.add(empty);
        }
        int shown = Math.min(Math.min(total, first.size()), max);
        for (int i = 0; i < shown; i++) {
            if (i == chips.size()) {
                chips.add(new ThreadChip(first.get(i)));
            }
            chips.get(i).show(first.get(i));
            children.add(chips.get(i));
        }
        if (total > shown) {
            more.setText(texts.get("chips.more", total - shown));
            children.add(more);
        }
        Children.set(pane, children);
    }
}
