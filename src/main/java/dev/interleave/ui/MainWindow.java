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
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.RecordingFormatException;
import dev.interleave.ui.stats.TrialsPane;
import dev.interleave.ui.time.TimeBar;
import dev.interleave.ui.time.TimelinePane;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import java.util.List;
import java.util.Locale;

/**
 * The main window's content: menu and control bar on top, lessons on the left, the stage in the centre,
 * code on the right, the event log below; and the keyboard. FX thread only.
 */
public final class MainWindow extends BorderPane {
    private final LessonSession session;
    private final Texts texts;
    private final AppPrefs prefs;
    private final ControlBar controls;
    private final LessonBrowser browser;
    private final TrialsPane trials;
    private final Tab trialsTab;
    private final CodePane code;
    private final TabPane bottom;

    public MainWindow(LessonSession session, AppPrefs prefs) {
        this.session = session;
        this.texts = session.texts();
        this.prefs = prefs;
        setId("main-window");
        controls = new ControlBar(session);
        browser = new LessonBrowser(texts, Catalog.all(), this::open);
        StagePane stage = new StagePane(session, this::stepThread);
        code = new CodePane(session);
        trials = new TrialsPane(session);
        trialsTab = tab("tab.stats", new ScrollPane(trials), "tab-trials");
        ((ScrollPane) trialsTab.getContent()).setFitToWidth(true);
        code.getTabs().add(trialsTab);
        bottom = new TabPane(tab("tab.log", new EventLogPane(session), "tab-log"),
                tab("tab.timeline", new TimelinePane(session), "tab-timeline"));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.setId("bottom-tabs");
        VBox lower = new VBox(new TimeBar(session), bottom);
        VBox.setVgrow(bottom, Priority.ALWAYS);

        SplitPane middle = new SplitPane(browser, stage, code);
        middle.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(browser, false);
        SplitPane.setResizableWithParent(code, false);
        SplitPane vertical = new SplitPane(middle, lower);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(lower, false);

        setTop(new VBox(menuBar(), controls));
        setCenter(vertical);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public LessonSession session() {
        return session;
    }

    /** Opens the lesson remembered from last time (or the first one). */
    public void openInitialLesson() {
        // -Dinterleave.open=<file> (how the packaged app is started on a recording) opens that recording.
        String recording = System.getProperty("interleave.open");
        if (recording != null) {
            Scenario first = Catalog.all().getFirst();
            open(first);
            openRecording(Path.of(recording));
            return;
        }
        // -Dinterleave.lesson=<id> opens that lesson instead of the remembered one (screenshots, demos).
        String id = System.getProperty("interleave.lesson", prefs.lastLesson(Catalog.all().getFirst().id()));
        Scenario lesson = Catalog.find(id);
        open(lesson == null ? Catalog.all().getFirst() : lesson);
    }

    private void open(Scenario lesson) {
        prefs.setLastLesson(lesson.id());
        session.open(lesson);
        browser.select(lesson);
    }

    private Tab tab(String key, javafx.scene.Node content, String id) {
        Tab tab = new Tab();
        tab.textProperty().bind(texts.bind(key));
        tab.setContent(content);
        tab.setId(id);
        return tab;
    }

    /** Opens a recording file and shows it; a file that is not one is refused with one message, nothing else changes. */
    public void openRecording(Path file) {
        try {
            RecordingFile.Loaded loaded = RecordingFile.read(file);
            session.openRecording(loaded);
            browser.select(session.scenarioProperty().get());
            session.say(texts.get("file.opened", file.getFileName()));
        } catch (RecordingFormatException e) {
            session.say(texts.get("file.cannot.open", file.getFileName(),
                    texts.get("file.refused." + e.reason().name())));
        } catch (IllegalArgumentException e) {
            session.say(texts.get("file.cannot.open", file.getFileName(), texts.get("file.refused.LESSON")));
        } catch (IOException e) {
            session.say(texts.get("file.cannot.open", file.getFileName(), ioReason(e)));
        }
    }

    private String ioReason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? texts.get("file.missing")
                : e instanceof java.nio.file.AccessDeniedException ? texts.get("file.denied") : e.getClass().getSimpleName();
    }

    private FileChooser chooser(String descriptionKey, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get(descriptionKey), "*." + extension));
        return chooser;
    }

    private void chooseAndOpen() {
        File file = chooser("file.recordings", RecordingFile.EXTENSION).showOpenDialog(getScene().getWindow());
        if (file != null) {
            openRecording(file.toPath());
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = chooser("file.recordings", RecordingFile.EXTENSION);
        chooser.setInitialFileName(session.scenarioProperty().get().id() + "." + RecordingFile.EXTENSION);
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                session.save(file.toPath());
                session.say(texts.get("file.saved", file.getName()));
            } catch (IOException e) {
                session.say(texts.get("file.cannot.save", file.getName(), ioReason(e)));
            }
        }
    }

    private void chooseAndExport() {
        FileChooser chooser = chooser("file.trace", "json");
        chooser.setInitialFileName(session.scenarioProperty().get().id() + ".trace.json");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                session.exportTrace(file.toPath());
                session.say(texts.get("file.exported", file.getName()));
            } catch (IOException e) {
                session.say(texts.get("file.cannot.save", file.getName(), ioReason(e)));
            }
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

    /** Runs the trials of the Trials tab (the T key), showing that tab. */
    public void runTrials() {
        code.getSelectionModel().select(trialsTab);
        trials.start();
    }

    private MenuBar menuBar() {
        Menu file = new Menu();
        file.textProperty().bind(texts.bind("menu.file"));
        MenuItem quit = new MenuItem();
        quit.textProperty().bind(texts.bind("menu.file.quit"));
        quit.setOnAction(e -> Platform.exit());
        MenuItem openItem = new MenuItem();
        openItem.setId("menu-open");
        openItem.textProperty().bind(texts.bind("menu.file.open"));
        openItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openItem.setOnAction(e -> chooseAndOpen());
        MenuItem save = new MenuItem();
        save.setId("menu-save");
        save.textProperty().bind(texts.bind("menu.file.save"));
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> chooseAndSave());
        MenuItem export = new MenuItem();
        export.setId("menu-export");
        export.textProperty().bind(texts.bind("menu.file.export"));
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> chooseAndExport());
        file.getItems().addAll(openItem, save, export, new SeparatorMenuItem(), quit);

        Menu language = new Menu();
        language.setId("menu-language");
        language.textProperty().bind(texts.bind("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Locale l : List.of(Texts.ENGLISH, Texts.KOREAN)) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("language-" + l.getLanguage());
            item.textProperty().bind(texts.bind(l.equals(Texts.KOREAN) ? "menu.language.korean" : "menu.language.english"));
            item.setToggleGroup(languages);
            item.setSelected(texts.locale().equals(l));
            item.setOnAction(e -> setLanguage(l));
            language.getItems().add(item);
        }
        Menu view = new Menu();
        view.textProperty().bind(texts.bind("menu.view"));
        view.getItems().add(language);

        Menu help = new Menu();
        help.textProperty().bind(texts.bind("menu.help"));
        MenuItem keys = new MenuItem();
        keys.textProperty().bind(texts.bind("menu.help.keys"));
        keys.setOnAction(e -> showKeys());
        help.getItems().add(keys);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Switches the language at once and remembers it. */
    public void setLanguage(Locale l) {
        texts.setLocale(l);
        prefs.setLanguage(l);
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

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case SPACE -> session.togglePlay();
            case N, RIGHT, PAGE_DOWN -> session.stepNext();
            case LEFT, PAGE_UP -> session.stepBack();
            case R -> session.restart();
            case T -> runTrials();
            case L -> controls.parameters().toggleFirstSwitch();
            case F1 -> showKeys();
            default -> handled = stepByDigit(code, e.getText());
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean stepByDigit(KeyCode code, String text) {
        if ("?".equals(text)) {
            showKeys();
            return true;
        }
        if (!code.isDigitKey() || code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            return false;
        }
        int index = Integer.parseInt(code.getChar().isEmpty() ? text : code.getChar().substring(0, 1)) - 1;
        List<ThreadModel> threads = session.world().threads();
        if (index >= 0 && index < threads.size()) {
            stepThread(threads.get(index).id());
        }
        return true;
    }

    private void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setTitle(texts.get("keys.title"));
        alert.setHeaderText(texts.get("keys.title"));
        alert.setContentText(String.join("\n",
                "Space  " + texts.get("keys.space"),
                "N / \u2192 / PageDown  " + texts.get("keys.step"),
                "\u2190 / PageUp  " + texts.get("keys.back"),
                "1\u20139  " + texts.get("keys.digit"),
                "R  " + texts.get("keys.reset"),
                "L  " + texts.get("keys.lock"),
                "T  " + texts.get("keys.trials"),
                "? / F1  " + texts.get("keys.help")));
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }
}
