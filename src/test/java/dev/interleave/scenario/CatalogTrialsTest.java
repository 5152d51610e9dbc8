package dev.interleave.scenario;

import dev.interleave.explore.TrialResult;
import dev.interleave.explore.Trials;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lesson of the catalog, in every variant (each option of each choice, each switch on and off), run 200
 * times at full speed: every run reaches a declared outcome, and with the fix on none is forbidden. Nothing here
 * waits for an interesting outcome to happen: the schedule tests force those.
 */
class CatalogTrialsTest {
    private static final int TRIALS = 200;
    /** Shorter sleeps than the lessons' defaults, so that all variants run in seconds; the logic is the same. */
    private static final Map<String, List<String>> QUICK = Map.of(
            "bank-withdrawal", List.of("think=1"),
            "semaphore", List.of("use=0"),
            "event-signal", List.of("prepare=3"),
            "condition", List.of("prepare=0"),
            "producer-consumer", List.of("work=1"),
            "barrier", List.of("work=1"),
            "virtual-threads", List.of("threads=200", "sleep=1"));

    static List<ParameterValues> everyVariant() {
        List<ParameterValues> all = new ArrayList<>();
        for (Scenario lesson : Catalog.all()) {
            List<ParameterValues> variants = List.of(lesson.defaults().withAll(QUICK.getOrDefault(lesson.id(), List.of())));
            for (Parameter<?> p : lesson.parameters()) {
                variants = withEachValue(variants, p);
            }
            all.addAll(variants);
        }
        return all;
    }

    private static List<ParameterValues> withEachValue(List<ParameterValues> variants, Parameter<?> p) {
        List<String> values = switch (p) {
            case Parameter.Choice c -> c.options();
            case Parameter.Switch s -> List.of("on", "off");
            case Parameter.Count c -> List.of();
        };
        if (values.isEmpty()) {
            return variants;
        }
        List<ParameterValues> result = new ArrayList<>();
        for (ParameterValues v : variants) {
            for (String value : values) {
                result.add(v.with(p.name(), value));
            }
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyVariant")
    void everyRunEndsInADeclaredOutcomeAndTheFixForbidsTheBug(ParameterValues values) {
        TrialResult result = new Trials(values.scenario(), values).run(TRIALS, null);

        assertThat(result.failed()).as("runs without a declared outcome; first: %s", result.firstFailure()).isZero();
        assertThat(result.completed()).isEqualTo(TRIALS);
        if (fixOn(values)) {
            assertThat(result.count(Grade.FORBIDDEN)).as("forbidden outcomes with the fix on").isZero();
        }
    }

    /** Whether these values have the lesson's fix on (lessons with nothing forbidden are always fixed). */
    static boolean fixOn(ParameterValues values) {
        Map<String, String> p = values.asText();
        return switch (values.scenario().id()) {
            case "bank-withdrawal", "lost-update" -> p.get("lock").equals("on");
            case "semaphore" -> p.get("variant").equals("semaphore");
            case "reentrant-lock" -> p.get("variant").equals("rlock");
            case "event-signal" -> p.get("variant").equals("latch");
            case "condition" -> p.get("variant").equals("notify-all");
            case "producer-consumer" -> !p.get("variant").equals("buffer-if");
            case "deadlock" -> !p.get("fix").equals("none");
            default -> true;
        };
    }
}
