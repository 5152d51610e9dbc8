package dev.interleave.ui.stage;

import dev.interleave.ui.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dev.interleave.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row of chips shows the threads it is given and keeps its nodes from one view to the next: the stage and
 * the code panel show new views every pulse at full speed, and every new node costs a CSS pass.
 */
@Tag("ui")
class ChipRowTest {

    private static List<ChipView> threads(int... ids) {
        return IntStream.of(ids).mapToObj(id -> new ChipView(id, "T" + id, id % 8)).toList();
    }

    private static List<String> texts(HBox row) {
        return row.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void itShowsTheThreadsItIsGivenWithTheSameNodesAsBefore() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> {
            HBox row = new HBox();
            ChipRow chips = new ChipRow(row, new Texts(Texts.ENGLISH), 3);
            chips.show(threads(1, 2), "nobody");
            assertThat(texts(row)).containsExactly("T1", "T2");
            List<Node> first = new ArrayList<>(row.getChildren());

            chips.show(threads(2), "nobody");
            assertThat(texts(row)).containsExactly("T2");
            assertThat(row.getChildren().getFirst()).isSameAs(first.getFirst());
            assertThat(((ThreadChip) row.getChildren().getFirst()).thread()).isEqualTo(2);

            chips.show(threads(3, 4, 5, 6, 7), "nobody");
            assertThat(texts(row)).containsExactly("T3", "T4", "T5", "+2");
            assertThat(row.getChildren().subList(0, 2)).containsExactlyElementsOf(first);

            // Given only the first few of many (the code panel counts a line's threads, it keeps no more).
            chips.show(threads(8, 9, 10), 40, "nobody");
            assertThat(texts(row)).containsExactly("T8", "T9", "T10", "+37");
            // A crowd on one line: one chip and how many more, written the language's way.
            chips.show(threads(11), 10_000, "nobody");
            assertThat(texts(row)).containsExactly("T11", "+9,999");

            chips.show(List.of(), "nobody");
            assertThat(texts(row)).containsExactly("nobody");
            chips.show(List.of(), null);
            assertThat(row.getChildren()).isEmpty();
            return null;
        });
    }
}
