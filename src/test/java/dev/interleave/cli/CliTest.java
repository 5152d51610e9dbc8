package dev.interleave.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract that later features and checks rely on. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsEveryLessonIdFirstThenItsEnglishTitle() {
        assertThat(run("list")).isZero();
        for (Scenario s : Catalog.all()) {
            assertThat(out()).containsPattern("(?m)^" + s.id() + "\\s+\\S");
        }
        assertThat(out()).contains("Bank withdrawal");
    }

    @Test
    void trialsWithoutTheLockFindForbiddenOutcomesAndWithItNone() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(run("trials", "bank-withdrawal", "--trials", "300", "--param", "lock=off", "--param", "think=1",
                "--json")).isZero();
        JsonNode off = json.readTree(out());
        assertThat(off.get("scenario").asText()).isEqualTo("bank-withdrawal");
        assertThat(off.get("trials").asInt()).isEqualTo(300);
        assertThat(forbidden(off)).isPositive();

        assertThat(run("trials", "bank-withdrawal", "--trials", "300", "--param", "lock=on", "--param", "think=1",
                "--json")).isZero();
        JsonNode on = json.readTree(out());
        assertThat(forbidden(on)).isZero();
        long total = 0;
        for (JsonNode o : on.get("outcomes")) {
            assertThat(o.get("expect").asText()).isIn("ACCEPTABLE", "INTERESTING", "FORBIDDEN");
            total += o.get("count").asLong();
        }
        assertThat(total).isEqualTo(300);
        assertThat(out().strip().lines()).hasSize(1); // exactly one JSON object
    }

    private static long forbidden(JsonNode result) {
        long sum = 0;
        for (JsonNode o : result.get("outcomes")) {
            if (o.get("expect").asText().equals("FORBIDDEN")) {
                sum += o.get("count").asLong();
            }
        }
        return sum;
    }

    @Test
    void runPrintsTheOutcomeAndRecordsARecordingThatOpens() throws Exception {
        Path file = dir.resolve("run.ilrec");
        assertThat(run("run", "bank-withdrawal", "--param", "lock=on", "--record", file.toString())).isZero();
        assertThat(out()).containsPattern("outcome: t[12]-paid\\s+ACCEPTABLE");
        assertThat(out()).containsPattern("balance = (50|25)");
        assertThat(Files.size(file)).isPositive();
        assertThat(dev.interleave.trace.RecordingFile.read(file).header().lesson()).isEqualTo("bank-withdrawal");
    }

    @Test
    void mistakesGetOneLineOnStderrAndExitCodeTwo() {
        String[][] mistakes = {
                {"trials", "no-such-lesson", "--trials", "3"},
                {"trials", "bank-withdrawal", "--trials", "3", "--param", "think=5000"},
                {"trials", "bank-withdrawal", "--trials", "3", "--param", "colour=red"},
                {"trials", "bank-withdrawal", "--trials", "many"},
                {"trials", "bank-withdrawal"},
                {"run", "bank-withdrawal", "--frobnicate"},
                {"run", "bank-withdrawal", "--record", dir.resolve("missing/dir/x.ilrec").toString()},
                {"fly"},
        };
        for (String[] args : mistakes) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        run("trials", "bank-withdrawal", "--trials", "3", "--param", "think=5000");
        assertThat(err()).contains("think").contains("0..1000");
    }
}
