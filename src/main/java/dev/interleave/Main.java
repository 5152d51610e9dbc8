package dev.interleave;

import dev.interleave.cli.Cli;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. With a command it runs the headless CLI; with
 * none it opens the app. It does not extend {@code Application}, so the app starts from the plain classpath.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.interleave.ui.Launcher.launch(args);
            return;
        }
        int code = Cli.run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
