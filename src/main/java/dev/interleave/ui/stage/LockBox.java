package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.scene.control.Skin;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** A lock or monitor: an owner slot with the hold count, the entry queue in arrival order, the wait sets. */
public final class LockBox extends StageBox<ObjectViews.LockView> {

    public LockBox(Texts texts, String name) {
        super(texts, "lock-box", name);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.LockView, LockBox>(this, MaterialDesignL.LOCK) {
            @Override
            protected void render(ObjectViews.LockView v) {
                title(v.name(), v.monitor() ? "synchronized" : "ReentrantLock");
                HBox owner = labelled(text("object.owner"),
                        chips(v.owner() == null ? java.util.List.of() : java.util.List.of(v.owner()), text("object.free")));
                add(owner);
                if (v.hold() > 1 || v.owner() != null) {
                    add(caption(text("object.hold", v.hold())));
                }
                add(labelled(text("object.entry"), chips(v.entry(), "\u2014")));
                for (ObjectViews.WaitSetView set : v.waitSets()) {
                    String label = set.name() == null ? text("object.waitset") : text("object.waitset") + " " + set.name();
                    add(labelled(label, chips(set.waiting(), "\u2014")));
                }
            }
        };
    }
}
