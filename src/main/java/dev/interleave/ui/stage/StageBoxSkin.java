package dev.interleave.ui.stage;

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

import java.util.List;

/**
 * Shared look of the object widgets: a title with an icon and the object's name, a kind line, then the
 * content that {@link #render} fills from the view record. Re-renders when the view or the language changes
 * and stops listening in {@link #dispose()}.
 */
abstract class StageBoxSkin<V, C extends StageBox<V>> extends SkinBase<C> {
    /** A row shows at most this many thread chips, then how many more (a crowd of virtual threads). */
    static final int MAX_CHIPS = 12;
    protected final VBox content = new VBox();
    private final Label title = new Label();
    private final Label kind = new Label();
    private final InvalidationListener listener = obs -> refresh();

    protected StageBoxSkin(C box, Ikon icon) {
        super(box);
        title.getStyleClass().add("box-title");
        title.setGraphic(new FontIcon(icon));
        kind.getStyleClass().add("box-kind");
        content.getStyleClass().add("box-content");
        getChildren().add(new VBox(2, title, kind, content));
        box.viewProperty().addListener(listener);
        box.texts().localeProperty().addListener(listener);
    }

    @Override
    public void install() {
        super.install();
        refresh(); // not in the constructor: subclasses' own fields are set only after it
    }

    private void refresh() {
        V view = getSkinnable().getView();
        if (view != null) {
            content.getChildren().clear();
            render(view);
        }
    }

    /** Sets the title line; call from {@link #render}. */
    protected void title(String name, String kindText) {
        title.setText(name);
        kind.setText(kindText);
    }

    /** Fills {@link #content} from {@code view}; it starts empty. */
    protected abstract void render(V view);

    protected String text(String key, Object... args) {
        return getSkinnable().texts().get(key, args);
    }

    /** A small caption. */
    protected static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("slot-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A row of thread chips, or {@code emptyText} in italics when there are none (null: nothing). */
    protected static Node chips(List<ChipView> threads, String emptyText) {
        FlowPane row = new FlowPane(4, 4);
        row.setPrefWrapLength(240);
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.getStyleClass().add("chip-row");
        row.setAlignment(Pos.CENTER_LEFT);
        if (threads.isEmpty() && emptyText != null) {
            Label empty = new Label(emptyText);
            empty.getStyleClass().add("empty-slot");
            row.getChildren().add(empty);
        }
        int shown = Math.min(threads.size(), MAX_CHIPS);
        for (ChipView t : threads.subList(0, shown)) {
            row.getChildren().add(new ThreadChip(t));
        }
        if (threads.size() > shown) {
            Label more = new Label("+" + (threads.size() - shown));
            more.getStyleClass().add("more-chips");
            row.getChildren().add(more);
        }
        return row;
    }

    /** A caption and a node side by side. */
    protected static HBox labelled(String caption, Node node) {
        HBox row = new HBox(6, caption(caption), node);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    @Override
    public void dispose() {
        getSkinnable().viewProperty().removeListener(listener);
        getSkinnable().texts().localeProperty().removeListener(listener);
        super.dispose();
    }
}
