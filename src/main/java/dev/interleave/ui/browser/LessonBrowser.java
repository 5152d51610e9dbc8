package dev.interleave.ui.browser;

import dev.interleave.scenario.Scenario;
import dev.interleave.scenario.Topic;
import dev.interleave.ui.Texts;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The left panel: lessons grouped by topic in curriculum order, titles in the current language, and a search
 * field that keeps the lessons whose title (in either language) or id contains what was typed.
 * FX thread only.
 */
public final class LessonBrowser extends VBox {
    private final Texts texts;
    private final List<Scenario> lessons;
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();
    private final Consumer<Scenario> onOpen;
    private boolean selecting;

    public LessonBrowser(Texts texts, List<Scenario> lessons, Consumer<Scenario> onOpen) {
        this.texts = texts;
        this.lessons = lessons;
        this.onOpen = onOpen;
        getStyleClass().add("lesson-browser");
        setId("lesson-browser");
        search.setId("lesson-search");
        search.promptTextProperty().bind(texts.bind("browser.search"));
        search.setTooltip(new javafx.scene.control.Tooltip());
        search.getTooltip().textProperty().bind(texts.bind("browser.search.tip"));
        search.accessibleTextProperty().bind(texts.bind("browser.search"));
        search.textProperty().addListener((obs, old, now) -> rebuild());
        tree.setId("lesson-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new LessonCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!selecting && now != null && now.getValue() instanceof Scenario s) {
                onOpen.accept(s);
            }
        });
        texts.localeProperty().addListener((obs, old, now) -> tree.refresh());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, tree);
        rebuild();
    }

    private void rebuild() {
        String query = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        Object selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        TreeItem<Object> root = new TreeItem<>();
        for (Topic topic : Topic.values()) {
            TreeItem<Object> group = new TreeItem<>(topic);
            group.setExpanded(true);
            for (Scenario s : lessons) {
                if (s.topic() == topic && matches(s, query)) {
                    group.getChildren().add(new TreeItem<>(s));
                }
            }
            if (!group.getChildren().isEmpty()) {
                root.getChildren().add(group);
            }
        }
        selecting = true;
        tree.setRoot(root);
        if (selected instanceof Scenario s) {
            select(s);
        }
        selecting = false;
    }

    private boolean matches(Scenario s, String query) {
        if (query.isEmpty()) {
            return true;
        }
        return s.id().contains(query)
                || texts.lesson(s.titleKey()).toLowerCase(Locale.ROOT).contains(query)
                || texts.lesson(s.id() + ".summary").toLowerCase(Locale.ROOT).contains(query);
    }

    /** Marks {@code lesson} as the open one, without opening it again. */
    public void select(Scenario lesson) {
        boolean was = selecting;
        selecting = true;
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue() == lesson) {
                    tree.getSelectionModel().select(item);
                }
            }
        }
        selecting = was;
    }

    /** How far right of a row's start a lesson's title is laid out, in ems (indent and disclosure room). */
    private static final double INDENT_EMS = 3;

    private final class LessonCell extends TreeCell<Object> {
        LessonCell() {
            setWrapText(true);
            // Wrap long titles inside the panel instead of running off its edge.
            // (never below a sensible width: a cell asked to wrap into nothing reports no height, and the
            // tree would then try to fill itself with endless cells)
            prefWidthProperty().bind(javafx.beans.binding.Bindings.max(60, tree.widthProperty().subtract(24)));
        }

        /**
         * The tree asks a cell its height at the full row width, but a lesson's title is laid out right of its
         * indent under the topic: measured without it, a title that only just fits the row was given one line
         * and cut ("이벤트: 출발 신호 ...").
         */
        @Override
        protected double computePrefHeight(double width) {
            double indent = getItem() instanceof Scenario ? INDENT_EMS * getFont().getSize() : 0;
            return super.computePrefHeight(width < 0 ? width : Math.max(60, width - indent));
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("topic-cell");
            if (empty || item == null) {
                setText(null);
                setId(null);
                return;
            }
            if (item instanceof Topic t) {
                setText(texts.lesson(t.titleKey()));
                getStyleClass().add("topic-cell");
                setId("topic-" + t.id());
            } else if (item instanceof Scenario s) {
                setText(texts.lesson(s.titleKey()));
                setId("lesson-" + s.id());
            }
        }
    }
}
