package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Skin;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** A barrier: who has arrived of how many parties, the generation, and whether it is broken. */
public final class BarrierBox extends StageBox<ObjectViews.BarrierView> {

    public BarrierBox(Texts texts, String name) {
        super(texts, "barrier-box", name);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.BarrierView, BarrierBox>(this, MaterialDesignF.FLAG_CHECKERED) {
            @Override
            protected void render(ObjectViews.BarrierView v) {
                title(v.name(), "CyclicBarrier(" + v.parties() + ")");
                ProgressBar progress = reuse("progress", ProgressBar::new);
                progress.setProgress((double) v.arrived().size() / Math.max(1, v.parties()));
                add(progress,
                        caption(text("object.barrier.arrived", v.arrived().size(), v.parties())),
                        chips(v.arrived(), null),
                        caption(v.broken() ? text("object.barrier.broken")
                                : text("object.barrier.generation", v.generation())));
            }
        };
    }
}
