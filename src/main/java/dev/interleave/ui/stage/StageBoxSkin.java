package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Shared look of the object widgets: a title with an icon and the object's name, a kind line, then the
 * content that {@link #render} lays out from the view record. Re-renders when the view or the language
 * changes and stops listening in {@link #dispose()}.
 *
 * <p>A render asks for its nodes through {@link #reuse}, which hands out the nodes of earlier renders again
 * in the same order, and only a changed list of children is set: a re-render changes texts and pseudo-classes,
 * not nodes. Every new node costs a CSS pass of its own, and at full speed, re-creating the boxes' contents
 * on every pulse took most of the FX thread's time (measured with {@code UiBench stage64}).
 */
abstract class StageBoxSkin<V, C extends StageBox<V>> extends SkinBase<C> {
    /** A row shows at most this many thread chips, then how many more (a crowd of virtual threads). */
    static final int MAX_CHIPS = 12;
    /** Chips in a box wrap past this width, so that a long queue makes the box taller, not wider. */
    private static final double CHIP_ROW_WRAP = 180;
    private final VBox content = new VBox();
    private final Label title = new Label();
    private final Label kind = new Label();
    private final VBox column = new VBox(2, title, kind, content);
    private final InvalidationListener listener = obs -> refresh();
    /** The nodes made so far, by kind, in the order renders asked for them. */
    private final Map<String, List<Node>> made = new HashMap<>();
    /** How many of each kind this render has asked for. */
    private final Map<String, Integer> asked = new HashMap<>();
    /** The content this render lays out, top to bottom. */
    private final List<Node> rows = new ArrayList<>();

    protected StageBoxSkin(C box, Ikon icon) {
        super(box);
        title.getStyleClass().add("box-title");
        title.setGraphic(new FontIcon(icon));
        kind.getStyleClass().add("box-kind");
        content.getStyleClass().add("box-content");
        getChildren().add(column);
        box.viewProperty().addListener(listener);
        box.texts().localeProperty().addListener(listener);
    }

    /** At the width it is given (SkinBase asks its children at their own preferred width). */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + column.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
    }

    @Override
    public void install() {
        super.install();
        refresh(); // not in the constructor: subclasses' own fields are set only after it
    }

    private void refresh() {
        V view = getSkinnable().getView();
        if (view != null) {
            asked.clear();
            rows.clear();
            render(view);
            Children.set(content, rows);
        }
    }

    /** Sets the title line; call from {@link #render}. */
    protected void title(String name, String kindText) {
        title.setText(name);
        kind.setText(kindText);
    }

    /** Lays out the content from {@code view}: {@link #add} its rows, made through {@link #reuse}. */
    protected abstract void render(V view);

    /** Adds rows to the content, below those added before in this render. */
    protected void add(Node... nodes) {
        rows.addAll(List.of(nodes));
    }

    /**
     * The next node of {@code kind} in this render: the one an earlier render got at this point, or a new one
     * from {@code make}. The caller sets everything that varies (text, pseudo-classes, children).
     */
    @SuppressWarnings("unchecked")
    protected <T extends Node> T reuse(String kind, Supplier<T> make) {
        List<Node> nodes = made.computeIfAbsent(kind, k -> new ArrayList<>());
        int index = asked.merge(kind, 1, Integer::sum) - 1;
        if (index == nodes.size()) {
            nodes.add(make.get());
        }
        return (T) nodes.get(index);
    }

    /** The next row of kind {@code kind} in this render that wraps past {@code wrapWidth}, {@code gap} apart. */
    protected FlowPane flow(String kind, double gap, double wrapWidth) {
        return reuse(kind, () -> {
            FlowPane made = new FlowPane(gap, gap);
            made.setPrefWrapLength(wrapWidth);
            return made;
        });
    }

    protected String text(String key, Object... args) {
        return getSkinnable().texts().get(key, args);
    }

    /** A label of style class {@code styleClass} showing {@code text}. */
    protected Label label(String styleClass, String text) {
        Label l = reuse(styleClass, () -> {
            Label made = new Label();
            made.getStyleClass().add(styleClass);
            return made;
        });
        l.setText(text);
        return l;
    }

    /** A small caption. */
    protected Label caption(String text) {
        Label l = label("slot-label", text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A row of thread chips, or {@code emptyText} in italics when there are none (null: nothing). */
    protected Node chips(List<ChipView> threads, String emptyText) {
        return reuse("chip-row", () -> new WrappingChips(getSkinnable().texts())).show(threads, emptyText);
    }

    /** A caption and a node side by side. */
    protected HBox labelled(String caption, Node node) {
        return reuse("labelled", Labelled::new).show(caption, node);
    }

    /** A row of chips that wraps to more lines past {@link #CHIP_ROW_WRAP}. */
    private static final class WrappingChips extends FlowPane {
        private final ChipRow chips;

        WrappingChips(Texts texts) {
            super(4, 4);
            chips = new ChipRow(this, texts, MAX_CHIPS);
            setPrefWrapLength(CHIP_ROW_WRAP);
            setMinHeight(Region.USE_PREF_SIZE);
            getStyleClass().add("chip-row");
            setAlignment(Pos.CENTER_LEFT);
        }

        WrappingChips show(List<ChipView> threads, String emptyText) {
            chips.show(threads, emptyText);
            return this;
        }
    }

    /** A caption and a node side by side; it keeps its caption label. */
    private static final class Labelled extends HBox {
        private final Label caption = new Label();

        Labelled() {
            super(6);
            setAlignment(Pos.CENTER_LEFT);
            caption.getStyleClass().add("slot-label");
            caption.setMinWidth(Region.USE_PREF_SIZE);
        }

        Labelled show(String text, Node node) {
            caption.setText(text);
            Children.set(this, List.of(caption, node));
            return this;
        }
    }

    @Override
    public void dispose() {
        getSkinnable().viewProperty().removeListener(listener);
        getSkinnable().texts().localeProperty().removeListener(listener);
        super.dispose();
    }
}
