package dev.interleave.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of a lesson's parameters for one run: the defaults, with any overrides, each checked. */
public final class ParameterValues {
    private final Scenario scenario;
    private final Map<String, Object> values;

    private ParameterValues(Scenario scenario, Map<String, Object> values) {
        this.scenario = scenario;
        this.values = Collections.unmodifiableMap(values);
    }

    public static ParameterValues defaults(Scenario scenario) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter<?> p : scenario.parameters()) {
            values.put(p.name(), p.defaultValue());
        }
        return new ParameterValues(scenario, values);
    }

    /** These values with {@code name} set from {@code text}; refuses unknown names and values out of range. */
    public ParameterValues with(String name, String text) {
        Parameter<?> p = scenario.parameter(name);
        if (p == null) {
            throw ParameterException.unknown(scenario.id(), name,
                    scenario.parameters().stream().map(Parameter::name).toList());
        }
        return withValue(p, p.parse(text));
    }

    /** These values with {@code parameter} set to {@code value}, which must be allowed. */
    public <T> ParameterValues with(Parameter<T> parameter, T value) {
        return withValue(parameter, parameter.parse(parameter.format(value)));
    }

    private ParameterValues withValue(Parameter<?> parameter, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(parameter.name(), value);
        return new ParameterValues(scenario, copy);
    }

    /** Every {@code name=value} in {@code assignments} applied in order. */
    public ParameterValues withAll(List<String> assignments) {
        ParameterValues result = this;
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a parameter is written name=value, not " + assignment);
            }
            result = result.with(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Parameter<T> parameter) {
        Object value = values.get(parameter.name());
        if (value == null) {
            throw new IllegalArgumentException(scenario.id() + " has no parameter " + parameter.name());
        }
        return (T) value;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** name → value text, in declaration order (for recordings and the CLI). */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        for (Parameter<?> p : scenario.parameters()) {
            text.put(p.name(), p.format(values.get(p.name())));
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues other && other.scenario == scenario && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return asText().toString();
    }
}
