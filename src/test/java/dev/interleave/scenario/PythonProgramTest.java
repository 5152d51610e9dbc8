package dev.interleave.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Python tab shows the lesson's current parameters in the program's constants. */
class PythonProgramTest {

    private static List<String> program(String lesson) {
        try (InputStream in = PythonProgramTest.class.getResourceAsStream(Catalog.find(lesson).pythonResource())) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of {@code lesson}'s program that starts with {@code prefix}, as shown for {@code values}. */
    private static List<String> shown(String lesson, String prefix, String... assignments) {
        ParameterValues values = Catalog.find(lesson).defaults().withAll(List.of(assignments));
        return PythonProgram.withValues(program(lesson), values).stream().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void withItsLessonsDefaultsEveryProgramIsShownAsWritten() {
        for (Scenario lesson : Catalog.all()) {
            List<String> program = program(lesson.id());
            assertThat(program).as(lesson.id()).isNotEmpty();
            assertThat(PythonProgram.withValues(program, lesson.defaults())).as(lesson.id()).isEqualTo(program);
        }
    }

    @Test
    void theConstantsFollowTheParametersAndKeepTheirComments() {
        assertThat(shown("deadlock", "FIX =", "fix=ordered"))
                .containsExactly("FIX = \"ordered\"         # \"none\" | \"ordered\" | \"try-lock\"");
        assertThat(shown("deadlock", "VARIANT =", "variant=philosophers"))
                .containsExactly("VARIANT = \"philosophers\" # \"two-locks\" | \"philosophers\"");
        assertThat(shown("bank-withdrawal", "USE_LOCK =", "lock=off"))
                .containsExactly("USE_LOCK = False  # the lesson's \"lock\" switch");
        assertThat(shown("bank-withdrawal", "THINK =", "think=0"))
                .containsExactly("THINK = 0.000     # the lesson's think time, in seconds");
        assertThat(shown("virtual-threads", "THREADS =", "threads=20000"))
                .containsExactly("THREADS = 20_000    # the lesson's \"virtual threads\"");
        assertThat(shown("virtual-threads", "SLEEP =", "sleep=150")).singleElement().asString()
                .startsWith("SLEEP = 0.15 ");
        assertThat(shown("producer-consumer", "VARIANT =", "variant=buffer-if"))
                .containsExactly("VARIANT = \"buffer-if\" # \"queue\" | \"buffer\" | \"buffer-if\"");
        assertThat(shown("lost-update", "THREADS =", "threads=8")).singleElement().asString()
                .startsWith("THREADS = 8 ");
        // A constant named after a parameter but not of its kind stays as written.
        ParameterValues off = Catalog.find("bank-withdrawal").defaults().withAll(List.of("lock=off"));
        assertThat(PythonProgram.withValues(List.of("LOCK = threading.Lock()", "USE_LOCK = True"), off))
                .containsExactly("LOCK = threading.Lock()", "USE_LOCK = False");
    }
}
