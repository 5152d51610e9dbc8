package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Skin;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.ArrayList;
import java.util.List;

/** A semaphore: its permits as tokens (filled: free), who holds permits, who waits for one. */
public final class SemaphoreBox extends StageBox<ObjectViews.SemaphoreView> {
    private static final PseudoClass FREE = PseudoClass.getPseudoClass("free");

    public SemaphoreBox(Texts texts, String name) {
        super(texts, "semaphore-box", name);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.SemaphoreView, SemaphoreBox>(this, MaterialDesignT.TICKET) {
            @Override
            protected void render(ObjectViews.SemaphoreView v) {
                title(v.name(), v.bounded() ? "BoundedSemaphore" : "Semaphore");
                FlowPane tokens = flow("tokens", 4, 160);
                int shown = Math.max(v.permits(), v.available());
                List<Node> permits = new ArrayList<>();
                for (int i = 0; i < shown; i++) {
                    Region token = reuse("permit", () -> {
                        Region made = new Region();
                        made.getStyleClass().add("permit");
                        return made;
                    });
                    token.pseudoClassStateChanged(FREE, i < v.available());
                    permits.add(token);
                }
                Children.set(tokens, permits);
                add(tokens, caption(text("object.permits", v.available(), v.permits())),
                        labelled(text("object.held"), chips(v.holders(), "\u2014")), // a semaphore has no owner
                        labelled(text("object.waiters"), chips(v.waiting(), "\u2014")));
            }
        };
    }
}
