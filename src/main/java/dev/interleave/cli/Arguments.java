package dev.interleave.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The words after the command: positionals, {@code --flag}s and {@code --option value}s (repeatable). */
final class Arguments {
    private final List<String> positionals = new ArrayList<>();
    private final List<String[]> options = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();

    /**
     * @param valued  options that take a value ({@code --param k=v}, {@code --trials N})
     * @param allowed flags without a value ({@code --json})
     */
    Arguments(List<String> words, Set<String> valued, Set<String> allowed) throws CliException {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                positionals.add(word);
                continue;
            }
            String name = word.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0 && valued.contains(name.substring(0, eq))) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new CliException("--" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                options.add(new String[] {name, value});
            } else if (allowed.contains(name)) {
                flags.add(name);
            } else {
                throw new CliException("unknown option " + word);
            }
        }
    }

    List<String> positionals() {
        return positionals;
    }

    List<String> all(String option) {
        List<String> values = new ArrayList<>();
        for (String[] o : options) {
            if (o[0].equals(option)) {
                values.add(o[1]);
            }
        }
        return values;
    }

    /** The value of an option given at most once, or null. */
    String one(String option) throws CliException {
        List<String> values = all(option);
        if (values.size() > 1) {
            throw new CliException("--" + option + " is given more than once");
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
