package dev.interleave.ui;

import dev.interleave.engine.GrantResult;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.ThreadModel;
import dev.interleave.ui.browser.LessonBrowser;
import dev.interleave.ui.code.CodePane;
import dev.interleave.ui.controls.ControlBar;
import dev.interleave.ui.log.EventLogPane;
import dev.interleave.ui.session.LessonSession;
import dev.interleave.ui.session.Narrator;
import dev.interleave.ui.stage.StagePane;
import dev.interleave.ui.stats.TrialsPane;
import dev.interleave.ui.time.TimeBar;
import dev.interleave.ui.time.TimelinePane;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;

import static dev.interleave.ui.KeyMap.ctrl;
import static dev.interleave.ui.KeyMap.key;
import static dev.interleave.ui.KeyMap.shift;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The main window's content: menu and control bar on top, lessons on the left, the stage in the centre,
 * code (and trials) on the right, the scrubber, log and timeline below; the keyboard; presenter mode, zoom,
 * theme and the blanked stage. FX thread only.
 */
public final class MainWindow extends BorderPane {
    /** Height of the lower pane the timeline asks for, in ems: time bar, tabs, tools, axis and three lanes. */
    private static final double TIMELINE_EMS = 19;

    private final LessonSession session;
    private final Presentation presentation;
    private final Texts texts;
    private final AppPrefs prefs;
    private final ControlBar controls;
    private final LessonBrowser browser;
    private final CodePane code;
    /** Made the first time its tab is shown (see {@link #lazyTab}). */
    private TrialsPane trials;
    private final Tab trialsTab;
    private final TabPane bottom;
    private final VBox lower;
    private final TimeBar timeBar;
    private final StagePane stage;
    /** The split panes, and in presenter mode the time bar under them; the blank and the key list cover it. */
    private final VBox centre;
    private final SplitPane middle;
    private final SplitPane vertical;
    private final FileActions files;
    private final KeyMap keys;
    private final CheatSheet cheatSheet;
    private final StackPane blank = new StackPane();
    private double[] middleDividers;
    private double[] verticalDividers;
    /** Where the dividers were at 100 % zoom, while zoomed in or out outside presenter mode; else null. */
    private double[] unzoomedMiddle;
    private double[] unzoomedVertical;

    public MainWindow(LessonSession session, Presentation presentation, AppPrefs prefs) {
        this.session = session;
        this.presentation = presentation;
        this.texts = session.texts();
        this.prefs = prefs;
        setId("main-window");
        files = new FileActions(session, () -> getScene().getWindow());
        controls = new ControlBar(session, presentation);
        browser = new LessonBrowser(texts, Catalog.all(), this::open);
        stage = new StagePane(session, presentation.fontSizeProperty(), this::stepThread);
        code = new CodePane(session);
        trialsTab = lazyTab("tab.stats", "tab-trials", () -> {
            trials = new TrialsPane(session);
            ScrollPane trialsScroll = new ScrollPane(trials);
            trialsScroll.setFitToWidth(true);
            trialsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // its tables wrap to the width
            return trialsScroll;
        });
        code.getTabs().add(trialsTab);
        Tab timelineTab = lazyTab("tab.timeline", "tab-timeline", () -> new TimelinePane(session, presentation));
        bottom = new TabPane(tab("tab.log", new EventLogPane(session), "tab-log"), timelineTab);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        timelineTab.setOnSelectionChanged(e -> {
            if (timelineTab.isSelected()) {
                roomForTheTimeline();
            }
        });
        bottom.setId("bottom-tabs");
        timeBar = new TimeBar(session);
        lower = new VBox(timeBar, bottom);
        VBox.setVgrow(bottom, Priority.ALWAYS);

        middle = new SplitPane(browser, stage, code);
        middle.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(browser, false);
        SplitPane.setResizableWithParent(code, false);
        vertical = new SplitPane(middle, lower);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(lower, false);

        keys = keyMap();
        cheatSheet = new CheatSheet(texts, keys);
        blank.getStyleClass().add("blank-stage");
        blank.setId("blank");
        Label blankHint = new Label();
        blankHint.textProperty().bind(texts.bind("blank.hint"));
        blank.getChildren().add(blankHint);
        blank.visibleProperty().bind(presentation.blankedProperty());
        blank.setOnMouseClicked(e -> presentation.blankedProperty().set(false));

        setTop(new VBox(menuBar(), controls));
        VBox.setVgrow(vertical, Priority.ALWAYS);
        centre = new VBox(vertical);
        setCenter(new StackPane(centre, blank, cheatSheet));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys.handle(e)) {
                e.consume();
            }
        });
        presentation.presenterProperty().addListener((obs, old, now) -> fold(now));
        presentation.zoomProperty().addListener((obs, old, now) -> keepDividersThroughZoom(old.doubleValue(), now.doubleValue()));
        presentation.blankedProperty().addListener((obs, old, now) -> {
            if (now) {
                session.pause();
            }
        });
    }

    public LessonSession session() {
        return session;
    }

    public Presentation presentation() {
        return presentation;
    }

    public KeyMap keys() {
        return keys;
    }

    /** Opens the recording given at start-up, or the lesson remembered from last time (or the first one). */
    public void openInitialLesson() {
        // -Dinterleave.lesson=<id> opens that lesson instead of the remembered one (screenshots, demos).
        String id = System.getProperty("interleave.lesson", prefs.lastLesson(Catalog.all().getFirst().id()));
        Scenario lesson = Catalog.find(id);
        open(lesson == null ? Catalog.all().getFirst() : lesson);
        // -Dinterleave.open=<file> (how the packaged app is started on a recording) opens that recording.
        String recording = System.getProperty("interleave.open");
        if (recording != null) {
            openRecording(Path.of(recording));
        }
    }

    private void open(Scenario lesson) {
        prefs.setLastLesson(lesson.id());
        session.open(lesson);
        browser.select(lesson);
    }

    /**
     * Opens a recording file in the background and shows it; anything that is not one is refused with one
     * message and nothing changes.
     */
    public void openRecording(Path file) {
        files.open(file, () -> browser.select(session.scenarioProperty().get()));
    }

    private Tab tab(String key, Node content, String id) {
        Tab tab = new Tab();
        tab.textProperty().bind(texts.bind(key));
        tab.setContent(content);
        tab.setId(id);
        return tab;
    }

    /**
     * The timeline needs its tools, its axis and a few lanes: on a small window (1280x720) the lower pane's
     * share showed half of one lane. Opening the tab raises the divider that far, never above half the height;
     * the learner can drag it back.
     */
    private void roomForTheTimeline() {
        double height = vertical.getHeight();
        double wanted = TIMELINE_EMS * presentation.fontSize();
        if (!vertical.getItems().contains(lower) || height <= 0 || lower.getHeight() >= wanted) {
            return; // presenter mode has folded the lower pane away (Ctrl+2 still selects the tab)
        }
        // The divider itself takes a few pixels of the share below it; it only ever goes up.
        double now = vertical.getDividerPositions()[0];
        double divider = (1 - now) * height - lower.getHeight();
        vertical.setDividerPositions(Math.min(now, Math.max(0.5, 1 - (wanted + divider) / height)));
    }

    /** A tab whose content is made the first time it is shown ({@link LazyTabs}). */
    private Tab lazyTab(String key, String id, java.util.function.Supplier<Node> content) {
        Tab tab = tab(key, null, id);
        LazyTabs.fillWhenFirstShown(tab, content);
        return tab;
    }

    /** Runs the trials of the Trials tab (the T key), showing that tab. */
    public void runTrials() {
        code.getSelectionModel().select(trialsTab);
        trials.start();
    }

    /** Switches the language at once and remembers it. */
    public void setLanguage(Locale l) {
        texts.setLocale(l);
        prefs.setLanguage(l);
    }

    /**
     * Zoomed in on a small window, the panes' least sizes grow with their text and push the dividers over (the
     * lesson list to a sliver, the log out of sight), and they stayed there after zooming back out. Back at
     * 100 %, they return to where they were. Presenter mode keeps its own ({@link #fold}).
     */
    private void keepDividersThroughZoom(double old, double now) {
        if (presentation.presenterProperty().get()) {
            unzoomedMiddle = null;
            return;
        }
        if (old == 1.0 && now != 1.0) {
            unzoomedMiddle = middle.getDividerPositions();
            unzoomedVertical = vertical.getDividerPositions();
        } else if (now == 1.0 && unzoomedMiddle != null) {
            double[] middlePositions = unzoomedMiddle;
            double[] verticalPositions = unzoomedVertical;
            unzoomedMiddle = null;
            // after the pass that lays the panes out at the smaller text: before it, their least sizes still
            // hold the dividers where the zoom put them
            Platform.runLater(() -> {
                middle.setDividerPositions(middlePositions);
                vertical.setDividerPositions(verticalPositions);
            });
        }
    }

    // ---- presenter mode ----------------------------------------------------------------------------------

    /**
     * Presenter mode folds the lesson list and the log and timeline away, so the stage and the code get the
     * room. The time bar stays, under the stage: going back with the clicker must still say that the class is
     * looking at the past, and how to get back to the present.
     */
    private void fold(boolean presenter) {
        if (presenter) {
            middleDividers = middle.getDividerPositions();
            verticalDividers = vertical.getDividerPositions();
            middle.getItems().remove(browser);
            vertical.getItems().remove(lower);
            lower.getChildren().remove(timeBar);
            centre.getChildren().add(timeBar); // under the stage, and under a blanked screen too
            // The code gets 44 % of the width: in a hall it is read from far away, and at 38 % its lines wrapped
            // onto three rows at 1280x720 while the stage beside it was half empty.
            middle.setDividerPositions(0.56);
        } else {
            if (!middle.getItems().contains(browser)) {
                middle.getItems().addFirst(browser);
            }
            if (!vertical.getItems().contains(lower)) {
                centre.getChildren().remove(timeBar);
                lower.getChildren().addFirst(timeBar);
                vertical.getItems().add(lower);
            }
            if (middleDividers != null) {
                middle.setDividerPositions(middleDividers);
                vertical.setDividerPositions(verticalDividers);
            }
        }
    }

    // ---- keys and menus ------------------------------------------------------------------------------------

    private KeyMap keyMap() {
        KeyMap map = new KeyMap(this::stepThreadAt);
        map.bind("Space", "keys.space", session::togglePlay, key(KeyCode.SPACE))
                .bind("N  \u2192  PageDown", "keys.step", this::stepOrContinue,
                        key(KeyCode.N), key(KeyCode.RIGHT), key(KeyCode.PAGE_DOWN))
                .bind("\u2190  PageUp", "keys.back", session::stepBack, key(KeyCode.LEFT), key(KeyCode.PAGE_UP))
                .bind("End", "keys.live", session::goLive, key(KeyCode.END))
                .bind("R", "keys.reset", session::restart, key(KeyCode.R))
                .bind("L", "keys.lock", () -> controls.parameters().toggleFirstSwitch(), key(KeyCode.L))
                .bind("T", "keys.trials", this::runTrials, key(KeyCode.T))
                .bind("B", "keys.blank", presentation::toggleBlank, key(KeyCode.B))
                .bind("F5", "keys.presenter", presentation::togglePresenter, key(KeyCode.F5))
                .bind("Esc", "keys.escape", this::escape, key(KeyCode.ESCAPE))
                .bind("Ctrl +", "keys.zoom.in", presentation::zoomIn,
                        ctrl(KeyCode.PLUS), ctrl(KeyCode.EQUALS), ctrl(KeyCode.ADD))
                .bind("Ctrl \u2212", "keys.zoom.out", presentation::zoomOut, ctrl(KeyCode.MINUS), ctrl(KeyCode.SUBTRACT))
                .bind("Ctrl 0", "keys.zoom.reset", presentation::resetZoom, ctrl(KeyCode.DIGIT0), ctrl(KeyCode.NUMPAD0))
                .bind("?  F1", "keys.help", () -> cheatSheet.toggle(), key(KeyCode.F1), shift(KeyCode.SLASH));
        return map;
    }

    /** PageDown on a clicker: first puts away a teaching card or the blank screen, then steps. */
    private void stepOrContinue() {
        if (presentation.blankedProperty().get()) {
            presentation.blankedProperty().set(false);
        } else if (!session.dismissBeat()) {
            int stepped = session.stepNext();
            if (stepped >= 0) {
                stage.showLane(stepped); // as a digit key does
            }
        }
    }

    private void escape() {
        if (cheatSheet.isVisible()) {
            cheatSheet.hide();
        } else if (presentation.blankedProperty().get()) {
            presentation.blankedProperty().set(false);
        } else if (!session.dismissBeat()) {
            presentation.presenterProperty().set(false);
        }
    }

    /** Ctrl+1, Ctrl+2 show the log, the timeline. Call once the window is in its scene. */
    public void installAccelerators() {
        for (int i = 0; i < bottom.getTabs().size(); i++) {
            int tab = i;
            getScene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+" + (i + 1)),
                    () -> bottom.getSelectionModel().select(tab));
        }
    }

    private MenuBar menuBar() {
        Menu file = menu("menu.file", null,
                item("menu.file.open", "menu-open", "Shortcut+O", files::chooseAndOpen),
                item("menu.file.save", "menu-save", "Shortcut+S", files::chooseAndSave),
                item("menu.file.export", "menu-export", "Shortcut+E", files::chooseAndExport),
                new SeparatorMenuItem(),
                item("menu.file.quit", "menu-quit", null, Platform::exit));
        Menu language = menu("menu.language", "menu-language");
        choices(language, List.of(Texts.ENGLISH, Texts.KOREAN), texts.locale(),
                l -> l.equals(Texts.KOREAN) ? "menu.language.korean" : "menu.language.english",
                l -> "language-" + l.getLanguage(), this::setLanguage);
        Menu theme = menu("menu.theme", "menu-theme");
        choices(theme, List.of(Presentation.Theme.values()), presentation.themeProperty().get(),
                t -> "menu.theme." + t.name(), t -> "theme-" + t.name().toLowerCase(Locale.ROOT),
                presentation.themeProperty()::set);
        Menu view = menu("menu.view", null, language, theme, new SeparatorMenuItem(),
                item("menu.view.presenter", "menu-presenter", null, presentation::togglePresenter),
                item("menu.view.zoom.in", "menu-zoom-in", null, presentation::zoomIn),
                item("menu.view.zoom.out", "menu-zoom-out", null, presentation::zoomOut),
                item("menu.view.zoom.reset", "menu-zoom-reset", null, presentation::resetZoom));
        Menu help = menu("menu.help", null, item("menu.help.keys", "menu-keys", null, cheatSheet::toggle));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Menu menu(String key, String id, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(texts.bind(key));
        menu.setId(id);
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(texts.bind(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private <T> void choices(Menu menu, List<T> options, T selected, java.util.function.Function<T, String> key,
                             java.util.function.Function<T, String> id, Consumer<T> choose) {
        ToggleGroup group = new ToggleGroup();
        for (T option : options) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId(id.apply(option));
            item.textProperty().bind(texts.bind(key.apply(option)));
            item.setToggleGroup(group);
            item.setSelected(option.equals(selected));
            item.setOnAction(e -> choose.accept(option));
            menu.getItems().add(item);
        }
    }

    // ---- stepping ------------------------------------------------------------------------------------------

    private void stepThreadAt(int index) {
        List<ThreadModel> threads = session.world().threads();
        if (index >= 0 && index < threads.size()) {
            int id = threads.get(index).id();
            stepThread(id);
            stage.showLane(id); // a key steps a thread whose lane may be out of view
        }
    }

    /** A lane's Step: grant it, or say why not. */
    private void stepThread(int threadId) {
        GrantResult result = session.step(threadId);
        if (result.granted()) {
            session.say("");
            return;
        }
        ThreadModel t = session.world().thread(threadId);
        String reason = result.refusal() == GrantResult.Refusal.BLOCKED && t != null
                ? new Narrator(texts, session.scenarioProperty().get()).reason(t, session.world()) : "";
        session.say((t == null ? "" : t.name() + ": ") + texts.get("refusal." + result.refusal().name(), reason));
    }
}
