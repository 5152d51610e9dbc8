package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;

/** A signal (Python's Event) or a count-down latch: open or not, and who waits for it. */
public final class SignalBox extends StageBox<ObjectViews.SignalView> {

    public SignalBox(Texts texts, String name, boolean latch) {
        super(texts, latch ? "latch-box" : "signal-box", name);
        this.latch = latch;
    }

    private final boolean latch;

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.SignalView, SignalBox>(this,
                latch ? MaterialDesignG.GATE : MaterialDesignB.BELL_RING) {
            @Override
            protected void render(ObjectViews.SignalView v) {
                title(v.name(), v.latch() ? "CountDownLatch" : "threading.Event");
                Label state = label("box-title", v.latch() ? text("object.latch.count", v.count())
                        : text(v.open() ? "object.signal.set" : "object.signal.clear"));
                add(state, labelled(text("object.waiters"), chips(v.waiting(), "\u2014")));
            }
        };
    }
}
