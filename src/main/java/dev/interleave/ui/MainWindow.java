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
import javafx.scene.layout.VBox;

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

    public MainWindow(LessonSession session, AppPrefs prefs) {
        this.session = session;
        this.texts = session.texts();
        this.prefs = prefs;
        setId("main-window");
        controls = new ControlBar(session);
        browser = new LessonBrowser(texts, Catalog.all(), this::open);
        StagePane stage = new StagePane(session, this::stepThread);
        CodePane code = new CodePane(session);
        EventLogPane log = new EventLogPane(session);

        SplitPane middle = new SplitPane(browser, stage, code);
        middle.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(browser, false);
        SplitPane.setResizableWithParent(code, false);
        SplitPane vertical = new SplitPane(middle, log);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(log, false);

        setTop(new VBox(menuBar(), controls));
        setCenter(vertical);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public LessonSession session() {
        return session;
    }

    /** Opens the lesson remembered from last time (or the first one). */
    public void openInitialLesson() {
        // -Dinterleave.lesson=<id> opens that lesson instead of the remembered one (screenshots, demos).
        String id = System.getProperty("interleave.lesson", prefs.lastLesson(Catalog.all().getFirst().id()));
        Scenario lesson = Catalog.find(id);
        open(lesson == null ? Catalog.all().getFirst() : lesson);
    }

    private void open(Scenario lesson) {
        prefs.setLastLesson(lesson.id());
        session.open(lesson);
        browser.select(lesson);
        controls.say("");
    }

    private MenuBar menuBar() {
        Menu file = new Menu();
        file.textProperty().bind(texts.bind("menu.file"));
        MenuItem quit = new MenuItem();
        quit.textProperty().bind(texts.bind("menu.file.quit"));
        quit.setOnAction(e -> Platform.exit());
        file.getItems().add(quit);

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
            controls.say("");
            return;
        }
        ThreadModel t = session.world().thread(threadId);
        String reason = result.refusal() == GrantResult.Refusal.BLOCKED && t != null
                ? new Narrator(texts, session.scenarioProperty().get()).reason(t, session.world()) : "";
        controls.say((t == null ? "" : t.name() + ": ") + texts.get("refusal." + result.refusal().name(), reason));
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case SPACE -> session.togglePlay();
            case N, RIGHT -> session.stepNext();
            case R -> session.restart();
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
                "N / \u2192  " + texts.get("keys.step"),
                "1\u20139  " + texts.get("keys.digit"),
                "R  " + texts.get("keys.reset"),
                "L  " + texts.get("keys.lock"),
                "? / F1  " + texts.get("keys.help")));
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }
}
