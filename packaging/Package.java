import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Builds the installable Interleave app with jlink and jpackage. The Maven profile runs it from the project
 * root once the jar and its libraries are built ({@code mvn -Ppackage -DskipTests package}):
 * <pre>
 *   java packaging/Package.java --version=0.1.0-SNAPSHOT [--installer=deb|rpm|msi|exe|dmg|pkg]
 *                               [--archive=auto|aot|cds|none] [--app-version=1.2.3]
 * </pre>
 * <ol>
 *   <li>stage: {@code target/package/input} gets interleave.jar, the lib/*.jar its manifest names, and
 *       JavaFX's native libraries unpacked where JavaFX looks first (so it never unpacks them into the
 *       user's home at start-up);</li>
 *   <li>runtime: {@code target/package/runtime}, jlink {@code @packaging/jlink.args} plus the JDK modules
 *       jdeps finds in the app's own classes;</li>
 *   <li>app image: {@code target/dist/Interleave}, jpackage {@code @packaging/about.args @packaging/app.args
 *       @packaging/<os>/app-image.args};</li>
 *   <li>archive: starts the packaged app once, to its first frame, to record the classes it loads into a
 *       class-data archive (JDK 24+: AOT cache; JDK 21-23: dynamic AppCDS), names that archive in the
 *       launchers' .cfg, and checks that the launcher starts with it ({@code Interleave list});</li>
 *   <li>installer, only when asked: jpackage {@code @packaging/about.args @packaging/<os>/<type>.args}
 *       from the finished image, into {@code target/dist}.</li>
 * </ol>
 * Everything it writes is under {@code target/}. docs/packaging.md explains each choice.
 */
public final class Package {
    private static final Path TARGET = Path.of("target");
    private static final Path WORK = TARGET.resolve("package");
    private static final Path INPUT = WORK.resolve("input");
    private static final Path RUNTIME = WORK.resolve("runtime");
    private static final Path DIST = TARGET.resolve("dist");
    private static final Path PACKAGING = Path.of("packaging");
    private static final int RUNTIME_FEATURE = Runtime.version().feature(); // jlink links this JDK's modules

    /** Where the platforms differ: the launcher, the app folder, and where JavaFX looks for its libraries. */
    enum Os {
        LINUX("linux", "bin/%s", "lib/app", "lib", ".so"),
        WINDOWS("windows", "%s.exe", "app", "bin", ".dll"),
        MACOS("macos", "Contents/MacOS/%s", "Contents/app", "", ".dylib");

        final String dir, launcher, appDir, nativeDir, nativeSuffix;

        Os(String dir, String launcher, String appDir, String nativeDir, String nativeSuffix) {
            this.dir = dir;
            this.launcher = launcher;
            this.appDir = appDir;
            this.nativeDir = nativeDir; // JavaFX's NativeLibLoader: <jar folder>/../lib, ../bin, or .. on macOS
            this.nativeSuffix = nativeSuffix;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }

        Path image(String name) {
            return DIST.resolve(this == MACOS ? name + ".app" : name);
        }
    }

    private final Os os = Os.current();
    private final Map<String, String> options;
    private final String name;
    private final Path image;

    private Package(Map<String, String> options) {
        this.options = options;
        this.name = argValue(PACKAGING.resolve("about.args"), "--name");
        this.image = os.image(name);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                System.err.println("[package] arguments are --name=value, not " + arg);
                System.exit(2);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        try {
            new Package(options).build();
        } catch (BuildException e) {
            System.err.println("[package] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void build() throws Exception {
        String appVersion = appVersion();
        String archive = archiveKind();
        log("JDK " + Runtime.version() + ", " + os.dir + ", app version " + appVersion + ", archive: " + archive);
        deleteTree(WORK);
        deleteTree(image);

        stage();
        List<String> jlink = new ArrayList<>(readArgs(PACKAGING.resolve("jlink.args")));
        jlink.addAll(List.of("--add-modules", appModules(), "--output", RUNTIME.toString()));
        if (archive.equals("cds") || os == Os.LINUX) {
            // Keep the native commands (bin/java, bin/keytool: under 100 kB): a dynamic AppCDS archive sits on
            // the runtime's base archive, which jlink makes by running the runtime's own bin/java, and the
            // Linux launcher script (ScriptLauncher) starts bin/java.
            jlink.remove("--strip-native-commands");
        }
        if (archive.equals("cds")) {
            jlink.add("--generate-cds-archive");
        }
        tool("jlink", jlink);

        List<String> jpackage = new ArrayList<>(List.of("--type", "app-image",
                "@" + PACKAGING.resolve("about.args"), "@" + PACKAGING.resolve("app.args"),
                "@" + PACKAGING.resolve(os.dir).resolve("app-image.args"),
                "--input", INPUT.toString(), "--runtime-image", RUNTIME.toString(),
                "--app-version", appVersion, "--dest", DIST.toString()));
        if (RUNTIME_FEATURE >= 24) {
            // JavaFX loads its native libraries with System.load, which JDK 24+ warns about (JEP 472).
            jpackage.addAll(List.of("--java-options", "--enable-native-access=ALL-UNNAMED"));
        }
        if (RUNTIME_FEATURE >= 23) {
            // JavaFX 21 uses sun.misc.Unsafe (Marlin); JDK 23+ would warn on every start. The option is new in 23.
            jpackage.addAll(List.of("--java-options", "--sun-misc-unsafe-memory-access=allow"));
        }
        tool("jpackage", jpackage);

        if (!archive.equals("none")) {
            new Archive(archive).make();
        }
        if (os == Os.LINUX) {
            new ScriptLauncher(image.resolve(os.launcher.formatted(name)),
                    image.resolve(os.appDir).resolve(name + ".cfg")).replaceLauncher();
        }
        checkLauncher(archive);
        log("app image " + image + ": " + megabytes(size(image)) + " (Java runtime "
                + megabytes(size(image.resolve(os.appDir).resolveSibling("runtime"))) + ")");

        String installer = options.getOrDefault("--installer", "none");
        if (!installer.equals("none")) {
            Path args = PACKAGING.resolve(os.dir).resolve(installer + ".args");
            if (!Files.isRegularFile(args)) {
                throw new BuildException("no " + args + ": this platform builds " + installersHere());
            }
            tool("jpackage", List.of("--type", installer, "@" + PACKAGING.resolve("about.args"), "@" + args,
                    "--app-image", image.toString(), "--app-version", appVersion, "--dest", DIST.toString()));
            try (Stream<Path> files = Files.list(DIST)) {
                files.filter(p -> p.getFileName().toString().endsWith("." + installer))
                        .forEach(p -> log("installer " + p + ": " + megabytes(size(p))));
            }
        }
    }

    /**
     * The jar, the libraries its manifest names (not whatever else target/lib holds, such as a library's older
     * version from an earlier build), and JavaFX's native libraries where its loader looks before unpacking them.
     */
    private void stage() throws IOException {
        Path jar = TARGET.resolve("interleave.jar");
        if (!Files.isRegularFile(jar)) {
            throw new BuildException("no target/interleave.jar: run it through Maven "
                    + "(mvn -Ppackage -DskipTests package)");
        }
        Files.createDirectories(INPUT.resolve("lib"));
        Files.copy(jar, INPUT.resolve(jar.getFileName()));
        Path nativeDir = INPUT.resolve(os.nativeDir);
        Files.createDirectories(nativeDir);
        String classPath;
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            classPath = jarFile.getManifest().getMainAttributes().getValue("Class-Path");
        }
        int natives = 0;
        for (String entry : classPath.strip().split("\\s+")) { // lib/NAME.jar, as maven-jar-plugin writes it
            Path library = TARGET.resolve(entry);
            if (!Files.isRegularFile(library)) {
                throw new BuildException("the jar's Class-Path names " + entry + ", which is not in target/lib");
            }
            Files.copy(library, INPUT.resolve(entry));
            if (library.getFileName().toString().startsWith("javafx-")) {
                natives += unpackNatives(library, nativeDir);
            }
        }
        log("staged " + INPUT + " (" + classPath.strip().split("\\s+").length + " libraries; " + natives
                + " JavaFX native libraries in " + nativeDir + ")");
    }

    private int unpackNatives(Path jar, Path into) throws IOException {
        int count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var entry : zip.stream().filter(e -> !e.getName().contains("/")
                    && e.getName().endsWith(os.nativeSuffix)).toList()) {
                try (var in = zip.getInputStream(entry)) {
                    Files.copy(in, into.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                }
                count++;
            }
        }
        return count;
    }

    /** The JDK modules the app's own classes use, as jdeps sees them (the libraries' needs are in jlink.args). */
    private String appModules() {
        String out = tool("jdeps", List.of("--ignore-missing-deps", "--print-module-deps",
                "--multi-release", String.valueOf(RUNTIME_FEATURE), INPUT.resolve("interleave.jar").toString()))
                .strip();
        if (!out.matches("[\\w.,]+")) {
            throw new BuildException("jdeps printed no module list: " + out);
        }
        log("modules the app's classes use: " + out);
        return out;
    }

    /** Records the classes the app loads up to its first frame, and makes the launchers use the archive. */
    private final class Archive {
        private final String kind;
        private final Path appDir = image.resolve(os.appDir);
        private final Path launcher = image.resolve(os.launcher.formatted(name));

        Archive(String kind) {
            this.kind = kind;
        }

        void make() throws Exception {
            String training = "-Dinterleave.startupProbe=true -Dinterleave.startupProbe.exit=true"
                    + " -Dinterleave.prefs=dev/interleave/packaging-training"
                    // relative to the project, as JAVA_TOOL_OPTIONS splits at spaces
                    + " -Djava.util.prefs.userRoot=" + WORK.resolve("prefs");
            String cfgOption;
            try (Display display = Display.forTraining(os)) {
                if (display == null) {
                    return;
                }
                if (kind.equals("aot")) {
                    // JDK 24+ (JEP 483): record a configuration in a training run, then create the cache.
                    // Both go through the packaged launcher, so the class path is exactly the one users get.
                    Path config = appDir.resolve("interleave.aotconf");
                    Path cache = appDir.resolve("interleave.aot");
                    train("record", display, "-XX:AOTMode=record -XX:AOTConfiguration=" + config + " " + training);
                    train("create", display, "-XX:AOTMode=create -XX:AOTConfiguration=" + config
                            + " -XX:AOTCache=" + cache);
                    Files.delete(config);
                    cfgOption = "-XX:AOTCache=$APPDIR/interleave.aot";
                    log("AOT cache " + cache + ": " + megabytes(Files.size(cache)));
                } else {
                    // JDK 21-23: a dynamic AppCDS archive, written when the training run exits.
                    Path jsa = appDir.resolve("interleave.jsa");
                    train("record", display, "-XX:ArchiveClassesAtExit=" + jsa + " " + training);
                    cfgOption = "-XX:SharedArchiveFile=$APPDIR/interleave.jsa";
                    log("AppCDS archive " + jsa + ": " + megabytes(Files.size(jsa)));
                }
            }
            try (Stream<Path> cfgs = Files.list(appDir)) {
                for (Path cfg : cfgs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                    addJavaOption(cfg, cfgOption);
                }
            }
        }

        private void train(String step, Display display, String javaToolOptions) throws Exception {
            Map<String, String> env = new LinkedHashMap<>(display.env());
            env.put("JAVA_TOOL_OPTIONS", javaToolOptions);
            long start = System.nanoTime();
            String out = run(List.of(launcher.toString()), env, WORK.resolve("training-" + step + ".log"), 300);
            if (step.equals("record") && !out.contains("first-frame-ms=")) {
                throw new BuildException("the training run ended before its first frame: see "
                        + WORK.resolve("training-record.log"));
            }
            log("training " + step + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    /**
     * Linux: puts a shell script in the place of jpackage's launcher. On every start jpackage's Linux launcher
     * asks rpm and then dpkg, twice, which installed package owns it (to find its own library when it was
     * installed from a package): a quarter of a second on the development machine, more where many packages
     * are installed, all before Java starts. The script starts the image's own Java exactly as the launcher's
     * .cfg says (options, class path, main class, and the two properties jpackage's launcher adds); the .cfg
     * stays, as the record of what the script does. Made after the archive, whose option the .cfg then names.
     */
    private record ScriptLauncher(Path launcher, Path cfg) {
        void replaceLauncher() throws IOException {
            String mainClass = null;
            List<String> classPath = new ArrayList<>();
            List<String> options = new ArrayList<>();
            String section = "";
            for (String line : Files.readAllLines(cfg)) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                int eq = line.indexOf('=');
                String value = line.substring(eq + 1);
                switch (section + (eq < 0 ? line : line.substring(0, eq))) {
                    case "[Application]app.mainclass" -> mainClass = value;
                    case "[Application]app.classpath" -> classPath.add(quoted(value));
                    case "[JavaOptions]java-options" -> options.add(quoted(value));
                    default -> throw new BuildException(cfg + " says " + section + " " + line
                            + ", which the launcher script does not do: teach Package.ScriptLauncher");
                }
            }
            if (mainClass == null || classPath.isEmpty()) {
                throw new BuildException(cfg + " names no main class or no class path");
            }
            String script = """
                    #!/bin/sh
                    # Starts Interleave with this app's own Java, as lib/app/%s says. Written by
                    # packaging/Package.java in place of jpackage's launcher, which asks rpm and dpkg which package
                    # owns it on every start (a quarter of a second) before it starts Java: docs/packaging.md.
                    image=$(dirname "$(dirname "$(readlink -f "$0")")")
                    APPDIR="$image/lib/app"
                    exec "$image/lib/runtime/bin/java" \\
                        %s \\
                        "-Djpackage.app-path=$image/bin/%s" \\
                        -cp %s \\
                        %s "$@"
                    """.formatted(cfg.getFileName(), String.join(" \\\n    ", options), launcher.getFileName(),
                    String.join(":", classPath), mainClass);
            Files.writeString(launcher, script);
            if (!launcher.toFile().setExecutable(true, false)) {
                throw new BuildException("could not make " + launcher + " executable");
            }
            log("launcher " + launcher + ": a shell script (" + options.size() + " Java options, "
                    + classPath.size() + " class path entries)");
        }

        /** A .cfg value as one sh word in double quotes, with jpackage's $APPDIR kept as the script's. */
        private static String quoted(String value) {
            String escaped = value.replaceAll("([\\\\\"`$])", "\\\\$1");
            return "\"" + escaped.replace("\\$APPDIR", "${APPDIR}") + "\"";
        }
    }

    /**
     * Runs the finished launcher's CLI ({@code list}); with an archive, insists that the launcher starts with it
     * ("on" refuses to start without it).
     */
    private void checkLauncher(String archive) throws Exception {
        String check = switch (archive) {
            case "aot" -> "-XX:AOTMode=on";
            case "cds" -> "-Xshare:on";
            default -> "";
        };
        Path launcher = image.resolve(os.launcher.formatted(name));
        String lessons = run(List.of(launcher.toString(), "list"),
                check.isEmpty() ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", check), WORK.resolve("check-list.log"), 120);
        log("packaged CLI" + (check.isEmpty() ? "" : " with the archive (" + check + ")") + ": `" + name
                + " list` printed " + lessons.lines().filter(l -> !l.startsWith("Picked up")).count() + " lessons");
    }

    /** The display a training run shows its window on: the session's, or an Xvfb started for it on Linux. */
    private record Display(Map<String, String> env, Process xvfb) implements AutoCloseable {
        static Display forTraining(Os os) throws Exception {
            String current = System.getenv("DISPLAY");
            if (os != Os.LINUX || (current != null && !current.isBlank())) {
                return new Display(Map.of(), null);
            }
            Path xvfb = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                    .map(dir -> Path.of(dir, "Xvfb")).filter(Files::isExecutable).findFirst().orElse(null);
            if (xvfb == null) {
                System.err.println("[package] WARNING: no DISPLAY and no Xvfb: the image is built WITHOUT a "
                        + "class-data archive (slower start). Install Xvfb (apt-get install xvfb) "
                        + "or run in a desktop session.");
                return null;
            }
            int n = 90;
            while (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                n++;
            }
            Process process = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1600x900x24",
                    "-nolisten", "tcp").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 100 && !Files.exists(socket) && process.isAlive(); i++) {
                Thread.sleep(100);
            }
            if (!Files.exists(socket)) {
                process.destroy();
                throw new BuildException("Xvfb :" + n + " did not start");
            }
            log("training display: Xvfb :" + n);
            return new Display(Map.of("DISPLAY", ":" + n), process);
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Adds {@code java-options=OPTION} at the end of the [JavaOptions] section of a jpackage launcher .cfg. */
    static void addJavaOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("[JavaOptions]");
            section = lines.size() - 1;
        }
        int at = section + 1;
        while (at < lines.size() && !lines.get(at).startsWith("[")) {
            at++;
        }
        while (at > section + 1 && lines.get(at - 1).isBlank()) {
            at--;
        }
        lines.add(at, "java-options=" + option);
        Files.write(cfg, lines);
        log("launcher " + cfg.getFileName() + ": java-options=" + option);
    }

    private String appVersion() {
        String version = options.getOrDefault("--app-version", "");
        if (version.isBlank()) {
            version = options.getOrDefault("--version", "1.0").replaceFirst("-.*$", ""); // 0.1.0-SNAPSHOT -> 0.1.0
        }
        if (!version.matches("\\d+(\\.\\d+){0,2}")) {
            throw new BuildException("app version '" + version + "': installers want one to three numbers (1.2.3); "
                    + "pass one with -Dapp.version=1.2.3");
        }
        if (os == Os.MACOS && version.startsWith("0")) {
            throw new BuildException("macOS refuses an app version that starts with 0 (" + version
                    + "): pass one with -Dapp.version=1.0.0");
        }
        return version;
    }

    private String archiveKind() {
        String kind = options.getOrDefault("--archive", "auto");
        return switch (kind) {
            case "auto" -> RUNTIME_FEATURE >= 24 ? "aot" : "cds";
            case "aot" -> {
                if (RUNTIME_FEATURE < 24) {
                    throw new BuildException("an AOT cache needs JDK 24 or newer (this is " + RUNTIME_FEATURE + ")");
                }
                yield kind;
            }
            case "cds", "none" -> kind;
            default -> throw new BuildException("--archive=" + kind + ": auto, aot, cds or none");
        };
    }

    private String installersHere() {
        try (Stream<Path> files = Files.list(PACKAGING.resolve(os.dir))) {
            return String.join(", ", files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".args") && !n.equals("app-image.args"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value after {@code option} in an argument file. */
    static String argValue(Path argFile, String option) {
        List<String> args = readArgs(argFile);
        int at = args.indexOf(option);
        if (at < 0 || at + 1 >= args.size()) {
            throw new BuildException(argFile + " has no " + option);
        }
        return args.get(at + 1);
    }

    /**
     * The arguments in a jlink/jpackage argument file, as those tools' own launchers read {@code @file}
     * (their ToolProvider does not): whitespace separates, double quotes group, a line starting with # is a
     * comment.
     */
    static List<String> readArgs(Path argFile) {
        List<String> args = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(argFile)) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                var matcher = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
                while (matcher.find()) {
                    args.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return args;
    }

    /** Runs a JDK tool in this JVM, with {@code @file} arguments expanded; its output is logged, and returned. */
    private static String tool(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new BuildException(tool + " is missing: run Maven with a full JDK 21+"));
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@")) {
                expanded.addAll(readArgs(Path.of(arg.substring(1))));
            } else {
                expanded.add(arg);
            }
        }
        StringWriter out = new StringWriter();
        long start = System.nanoTime();
        int code;
        try (PrintWriter writer = new PrintWriter(out)) {
            code = provider.run(writer, writer, expanded.toArray(String[]::new));
        }
        String text = out.toString();
        if (!tool.equals("jdeps")) {
            text.lines().filter(l -> !l.isBlank()).forEach(l -> log("  " + tool + ": " + l));
        }
        if (code != 0) {
            throw new BuildException(tool + " " + String.join(" ", expanded) + " failed (exit " + code + ")\n" + text);
        }
        log(tool + " done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return text;
    }

    /** Runs a program with extra environment, output to a log file; fails on a non-zero exit or a time-out. */
    private static String run(List<String> command, Map<String, String> env, Path logFile, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new BuildException(String.join(" ", command) + " did not end within " + seconds
                    + " s: see " + logFile);
        }
        String out = Files.readString(logFile);
        if (process.exitValue() != 0) {
            throw new BuildException(String.join(" ", command) + " (" + env + ") exited with "
                    + process.exitValue() + ": see " + logFile + "\n" + out);
        }
        return out;
    }

    private static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
    }

    private static void log(String message) {
        System.out.println("[package] " + message);
    }

    static final class BuildException extends RuntimeException {
        BuildException(String message) {
            super(message);
        }
    }
}
