package dev.interleave.scenario;

/**
 * A parameter value that is not allowed. The message names the parameter and its range, e.g.
 * {@code think must be 0..1000, not 5000}; the UI words it from its bundle with the same parts.
 */
public final class ParameterException extends IllegalArgumentException {
    private final transient Parameter<?> parameter;
    private final String given;

    public ParameterException(Parameter<?> parameter, String given) {
        super(parameter.name() + " must be " + parameter.range() + ", not " + given);
        this.parameter = parameter;
        this.given = given;
    }

    /** A parameter name that the lesson does not have. */
    public static IllegalArgumentException unknown(String scenarioId, String name, java.util.List<String> known) {
        return new IllegalArgumentException("lesson " + scenarioId + " has no parameter " + name
                + (known.isEmpty() ? " (it has none)" : "; it has " + String.join(", ", known)));
    }

    public Parameter<?> parameter() {
        return parameter;
    }

    public String given() {
        return given;
    }
}
