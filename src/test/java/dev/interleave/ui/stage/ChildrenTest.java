package dev.interleave.ui.stage;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;

import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * New children for a pane: the nodes that stay are never taken out and put back (that would style them again
 * from scratch), only the ones that come are added.
 */
@Tag("ui")
class ChildrenTest {

    @Test
    void onlyTheNodesThatComeAreAddedAndTheOthersStayPut() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> {
            Label a = new Label("a");
            Label b = new Label("b");
            Label c = new Label("c");
            Label x = new Label("x");
            VBox box = new VBox(a, b, c);
            List<Node> added = new ArrayList<>();
            box.getChildren().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    added.addAll(change.getAddedSubList());
                }
            });

            Children.set(box, List.of(a, c));
            assertThat(box.getChildren()).containsExactly(a, c);
            assertThat(added).isEmpty();

            Children.set(box, List.of(a, x, c, b));
            assertThat(box.getChildren()).containsExactly(a, x, c, b);
            assertThat(added).containsExactly(x, b);

            added.clear();
            Children.set(box, List.of(a, x, c, b));
            assertThat(added).isEmpty();

            Children.set(box, List.of(c, a));
            assertThat(box.getChildren()).containsExactly(c, a);
            return null;
        });
    }
}
