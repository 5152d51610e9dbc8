package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.scene.control.Skin;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** A semaphore: its permits as tokens (filled: free), who holds permits, who waits for one. */
public final class SemaphoreBox extends StageBox<ObjectViews.SemaphoreView> {

    public SemaphoreBox(Texts texts, String name) {
        super(texts, "semaphore-box", name);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.SemaphoreView, SemaphoreBox>(this, MaterialDesignT.TICKET) {
            @Override
            protected void render(ObjectViews.SemaphoreView v) {
                title(v.name(), v.bounded() ? "BoundedSemaphore" : "Semaphore");
                FlowPane tokens = new FlowPane(4, 4);
                tokens.setPrefWrapLength(160);
                int shown = Math.max(v.permits(), v.available());
                for (int i = 0; i < shown; i++) {
                    Region token = new Region();
                    token.getStyleClass().add("permit");
                    if (i < v.available()) {
                        token.getStyleClass().add("free");
                    }
                    tokens.getChildren().add(token);
                }
                content.getChildren().addAll(tokens, caption(text("object.permits", v.available(), v.permits())),
                        labelled(text("object.owner"), chips(v.holders(), "\u2014")),
                        labelled(text("object.waiters"), chips(v.waiting(), "\u2014")));
            }
        };
    }
}
