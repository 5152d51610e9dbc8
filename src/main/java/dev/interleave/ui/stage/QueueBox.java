package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** A bounded queue: a slot per place, filled head first, and who waits because it is full or empty. */
public final class QueueBox extends StageBox<ObjectViews.QueueView> {
    /** Beyond this many places, the queue shows its count instead of one slot per place. */
    private static final int MAX_SLOTS = 12;

    public QueueBox(Texts texts, String name) {
        super(texts, "queue-box", name);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.QueueView, QueueBox>(this, MaterialDesignT.TRAY_FULL) {
            @Override
            protected void render(ObjectViews.QueueView v) {
                title(v.name(), "queue.Queue(maxsize=" + v.capacity() + ")");
                FlowPane slots = new FlowPane(3, 3);
                slots.setPrefWrapLength(300);
                int places = Math.min(v.capacity(), MAX_SLOTS);
                for (int i = 0; i < places; i++) {
                    Label slot = new Label(i < v.items().size() ? v.items().get(i) : "");
                    slot.getStyleClass().add("slot");
                    if (i < v.items().size()) {
                        slot.getStyleClass().add("filled");
                    }
                    slots.getChildren().add(slot);
                }
                content.getChildren().addAll(slots, caption(text("object.queue.size", v.items().size(), v.capacity())));
                if (!v.waitingToPut().isEmpty()) {
                    content.getChildren().add(labelled(text("reason.queue.full", v.name()), chips(v.waitingToPut(), null)));
                }
                if (!v.waitingToTake().isEmpty()) {
                    content.getChildren().add(labelled(text("reason.queue.empty", v.name()), chips(v.waitingToTake(), null)));
                }
            }
        };
    }
}
