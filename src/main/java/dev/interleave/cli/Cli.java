package dev.interleave.cli;

import dev.interleave.engine.Ending;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.explore.TrialResult;
import dev.interleave.explore.Trials;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.LessonTexts;
import dev.interleave.scenario.Outcome;
import dev.interleave.scenario.ParameterValues;
import dev.interleave.scenario.Scenario;
import dev.interleave.trace.ChromeTrace;
import dev.interleave.trace.History;
import dev.interleave.trace.JsonText;
import dev.interleave.trace.ObjectModel;
import dev.interleave.trace.RecordingFile;
import dev.interleave.trace.RecordingFormatException;
import dev.interleave.trace.RecordingHeader;
import dev.interleave.trace.WorldState;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The headless commands: {@code list}, {@code run}, {@code trials}. Results go to stdout; a mistake in what
 * was typed, or a file that cannot be used, is one line on stderr and exit code 2, never a stack trace.
 */
public final class Cli {
    static final int OK = 0;
    /** The command ran, but what it found is a failure (a lesson that threw). */
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: interleave <command> [options]
              list                                   the lessons, id first, then the English title
              run <lesson> [--param k=v]... [--seed N] [--record FILE]
                                                     one run at full speed; prints its outcome
              trials <lesson> --trials N [--param k=v]... [--json]
                                                     N runs at full speed; counts each outcome
              export <recording> --format chrome --out FILE
                                                     the recording as a Chrome / Perfetto trace (JSON)
              help                                   this text
            With no command, the app opens.""";

    private final PrintStream out;
    private final PrintStream err;
    private final ResourceBundle texts = LessonTexts.english();

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command in {@code args} and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(out, err).execute(List.of(args));
    }

    int execute(List<String> args) {
        try {
            if (args.isEmpty()) {
                throw new CliException("no command given; try: interleave help");
            }
            List<String> rest = args.subList(1, args.size());
            return switch (args.getFirst()) {
                case "list" -> list(rest);
                case "run" -> runOnce(rest);
                case "trials" -> trials(rest);
                case "export" -> export(rest);
                case "help", "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new CliException("unknown command " + args.getFirst() + "; try: interleave help");
            };
        } catch (CliException | IllegalArgumentException e) {
            err.println("interleave: " + e.getMessage());
            return USAGE;
        } catch (RecordingFormatException e) {
            err.println("interleave: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("interleave: " + describe(e));
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interleave: interrupted");
            return USAGE;
        }
    }

    private int list(List<String> words) throws CliException {
        Arguments a = new Arguments(words, Set.of(), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new CliException("list takes no arguments");
        }
        int width = Catalog.all().stream().mapToInt(s -> s.id().length()).max().orElse(0);
        for (Scenario s : Catalog.all()) {
            out.println(pad(s.id(), width) + "  " + texts.getString(s.titleKey()));
        }
        return OK;
    }

    private int runOnce(List<String> words) throws CliException, IOException, InterruptedException {
        Arguments a = new Arguments(words, Set.of("param", "record", "seed"), Set.of());
        Scenario scenario = lesson(a, "run");
        ParameterValues values = scenario.defaults().withAll(a.all("param"));
        long seed = a.one("seed") == null ? 1 : parseLong(a.one("seed"), "--seed");
        Path recordTo = a.one("record") == null ? null : Path.of(a.one("record"));

        Run run = scenario.newRun(RunOptions.fast().withCaptureLines(recordTo != null).withSeed(seed));
        run.start(scenario.script(values));
        if (!run.awaitEnd(Duration.ofSeconds(60))) {
            run.reset();
            throw new CliException(scenario.id() + " did not end within 60 s");
        }
        out.println(scenario.id() + "  " + String.join(" ", values.asText().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        int code = report(scenario, run);
        if (recordTo != null) {
            RecordingFile.write(recordTo, new RecordingHeader(scenario.id(), values.asText(), seed, "FREE", List.of()),
                    run.recording());
            out.println("recorded " + run.recording().size() + " events to " + recordTo);
        }
        return code;
    }

    private int report(Scenario scenario, Run run) {
        Ending ending = run.ending();
        if (ending == Ending.FAILED) {
            Throwable t = run.setupFailure();
            err.println("interleave: " + scenario.id() + " failed: " + t.getClass().getSimpleName() + ": " + t.getMessage());
            return FAILED;
        }
        Outcome outcome = scenario.outcomes().get(run.outcome());
        out.println("outcome: " + outcome.id() + "  " + outcome.grade() + "  "
                + texts.getString(outcome.descriptionKey(scenario.id())));
        History history = new History(run.recording());
        history.advance(Integer.MAX_VALUE);
        WorldState end = history.live();
        for (ObjectModel o : end.objects()) {
            if (o instanceof ObjectModel.Variable v) {
                out.println("  " + v.name() + " = " + v.display());
            }
        }
        if (end.deadlock() != null) {
            out.println("  deadlock: threads " + end.deadlock().threads().stream()
                    .map(id -> end.thread(id).name()).toList());
        }
        return OK;
    }

    private int trials(List<String> words) throws CliException {
        Arguments a = new Arguments(words, Set.of("param", "trials"), Set.of("json"));
        Scenario scenario = lesson(a, "trials");
        ParameterValues values = scenario.defaults().withAll(a.all("param"));
        String n = a.one("trials");
        if (n == null) {
            throw new CliException("trials needs --trials N");
        }
        int count = (int) parseLong(n, "--trials");
        if (count < 1 || count > 10_000_000) {
            throw new CliException("--trials must be 1..10000000, not " + n);
        }
        boolean terminal = System.console() != null && !a.flag("json");
        TrialResult result = new Trials(scenario, values).run(count, done -> {
            if (terminal) {
                err.print("\r  " + done + " / " + count);
                err.flush();
            }
        });
        if (terminal) {
            err.print("\r" + " ".repeat(30) + "\r");
        }
        if (a.flag("json")) {
            out.println(json(result));
        } else {
            printTable(result);
        }
        if (result.failed() > 0) {
            err.println("interleave: " + result.failed() + " of " + count + " runs failed; first: " + result.firstFailure());
            return FAILED;
        }
        return OK;
    }

    private int export(List<String> words) throws CliException, IOException, RecordingFormatException {
        Arguments a = new Arguments(words, Set.of("format", "out"), Set.of());
        if (a.positionals().size() != 1) {
            throw new CliException("export needs exactly one recording file");
        }
        String format = a.one("format") == null ? "chrome" : a.one("format");
        if (!format.equals("chrome")) {
            throw new CliException("unknown format " + format + "; the format is chrome");
        }
        if (a.one("out") == null) {
            throw new CliException("export needs --out FILE");
        }
        Path source = Path.of(a.positionals().getFirst());
        RecordingFile.Loaded loaded;
        try {
            loaded = RecordingFile.read(source);
        } catch (RecordingFormatException e) {
            throw new RecordingFormatException(e.reason(), source + ": " + e.getMessage(), e);
        }
        Path target = Path.of(a.one("out"));
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            ChromeTrace.write(loaded.recording(), loaded.header().lesson(), writer);
        }
        out.println("wrote " + loaded.recording().size() + " events of " + loaded.header().lesson() + " to " + target);
        return OK;
    }

    /** An I/O failure in one line: which file, and what went wrong with it. */
    private static String describe(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> n.getFile() + ": no such file";
            case java.nio.file.AccessDeniedException d -> d.getFile() + ": permission denied";
            default -> e.getMessage();
        };
    }

    private void printTable(TrialResult r) {
        Scenario s = r.scenario();
        out.println(s.id() + "  " + String.join(" ", r.values().asText().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        int width = Math.max(7, s.outcomes().stream().mapToInt(o -> o.id().length()).max().orElse(0));
        out.println("  " + pad("outcome", width) + "  " + padLeft("count", 9) + "  " + padLeft("%", 7)
                + "  " + pad("expect", 11) + "  description");
        for (int i = 0; i < s.outcomes().size(); i++) {
            Outcome o = s.outcomes().get(i);
            long c = r.counts()[i];
            out.println("  " + pad(o.id(), width) + "  " + padLeft(Long.toString(c), 9) + "  "
                    + padLeft(String.format(Locale.ROOT, "%.1f%%", 100.0 * c / r.trials()), 7) + "  "
                    + pad(o.grade().name(), 11) + "  " + texts.getString(o.descriptionKey(s.id())));
        }
        out.println(String.format(Locale.ROOT, "  %d trials in %.2f s (%.0f trials/s)", r.completed(),
                r.elapsed().toNanos() / 1e9, r.trialsPerSecond()));
    }

    static String json(TrialResult r) {
        StringBuilder s = new StringBuilder();
        s.append("{\"scenario\": ").append(JsonText.quote(r.scenario().id()))
                .append(", \"trials\": ").append(r.trials())
                .append(", \"outcomes\": [");
        List<Outcome> outcomes = r.scenario().outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append("{\"id\": ").append(JsonText.quote(outcomes.get(i).id()))
                    .append(", \"count\": ").append(r.counts()[i])
                    .append(", \"expect\": ").append(JsonText.quote(outcomes.get(i).grade().name()))
                    .append('}');
        }
        return s.append("]}").toString();
    }

    private static Scenario lesson(Arguments a, String command) throws CliException {
        if (a.positionals().size() != 1) {
            throw new CliException(command + " needs exactly one lesson id; see: interleave list");
        }
        String id = a.positionals().getFirst();
        Scenario scenario = Catalog.find(id);
        if (scenario == null) {
            throw new CliException("no lesson " + id + "; see: interleave list");
        }
        return scenario;
    }

    private static long parseLong(String text, String what) throws CliException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new CliException(what + " must be a whole number, not " + text);
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
