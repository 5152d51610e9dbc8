package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.ArrayList;
import java.util.List;

/** A bounded queue: a slot per place, filled head first, and who waits because it is full or empty. */
public final class QueueBox extends StageBox<ObjectViews.QueueView> {
    /** Beyond this many places, the queue shows its count instead of one slot per place. */
    private static final int MAX_SLOTS = 12;
    private static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");

    public QueueBox(Texts texts, String name) {
        super(texts, "queue-box", name);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.QueueView, QueueBox>(this, MaterialDesignT.TRAY_FULL) {
            @Override
            protected void render(ObjectViews.QueueView v) {
                title(v.name(), "queue.Queue(maxsize=" + v.capacity() + ")");
                FlowPane slots = flow("slots", 3, 300);
                int places = Math.min(v.capacity(), MAX_SLOTS);
                List<Node> shown = new ArrayList<>();
                for (int i = 0; i < places; i++) {
                    boolean filled = i < v.items().size();
                    Label slot = label("slot", filled ? v.items().get(i) : "");
                    slot.pseudoClassStateChanged(FILLED, filled);
                    shown.add(slot);
                }
                Children.set(slots, shown);
                add(slots, caption(text("object.queue.size", v.items().size(), v.capacity())));
                if (!v.waitingToPut().isEmpty()) {
                    add(labelled(text("reason.queue.full", v.name()), chips(v.waitingToPut(), null)));
                }
                if (!v.waitingToTake().isEmpty()) {
                    add(labelled(text("reason.queue.empty", v.name()), chips(v.waitingToTake(), null)));
                }
            }
        };
    }
}
