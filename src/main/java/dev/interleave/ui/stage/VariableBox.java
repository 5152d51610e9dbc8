package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.animation.FadeTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** A shared variable: its value, large; who wrote it last; a flash on every write. */
public final class VariableBox extends StageBox<ObjectViews.VariableView> {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    private Duration flash = Duration.millis(600);

    public VariableBox(Texts texts, String name) {
        super(texts, "variable-box", name);
    }

    /** How long a write flashes; zero for none (at full speed). */
    public void setFlash(Duration duration) {
        flash = duration;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageBoxSkin<ObjectViews.VariableView, VariableBox>(this, MaterialDesignV.VARIABLE) {
            private long lastWrite = Long.MIN_VALUE;
            private final Region highlight = new Region();
            private final Label value = new Label();
            private final StackPane valuePane = new StackPane(highlight, value);

            {
                value.getStyleClass().add("value");
                highlight.getStyleClass().add("flash");
                highlight.setOpacity(0);
                highlight.setMouseTransparent(true);
                valuePane.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            }

            @Override
            protected void render(ObjectViews.VariableView v) {
                title(v.name(), "");
                value.setText(v.value());
                value.setId("value-" + v.name());
                getSkinnable().pseudoClassStateChanged(NEGATIVE, v.negative());
                String writer = v.writer() == null ? text("object.variable.initial")
                        : text("object.variable.writer", v.writer().name());
                add(valuePane, caption(writer));
                if (v.writeSeq() != lastWrite && lastWrite != Long.MIN_VALUE && !flash.equals(Duration.ZERO)) {
                    FadeTransition fade = new FadeTransition(flash, highlight);
                    fade.setFromValue(1);
                    fade.setToValue(0);
                    fade.play();
                }
                lastWrite = v.writeSeq();
            }
        };
    }
}
