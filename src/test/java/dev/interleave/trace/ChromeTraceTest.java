package dev.interleave.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interleave.engine.Run;
import dev.interleave.engine.RunOptions;
import dev.interleave.scenario.Catalog;
import dev.interleave.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The export follows the Trace Event Format that Perfetto and chrome://tracing read. */
class ChromeTraceTest {

    private static JsonNode export(String lesson, String... params) throws Exception {
        Scenario s = Catalog.find(lesson);
        Run run = s.newRun(RunOptions.fast());
        run.start(s.script(s.defaults().withAll(List.of(params))));
        assertThat(run.awaitEnd(Duration.ofSeconds(10))).isTrue();
        StringWriter out = new StringWriter();
        ChromeTrace.write(run.recording(), lesson, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void everyLessonExportsValidTraceEvents() throws Exception {
        for (Scenario s : Catalog.all()) {
            check(export(s.id()), s.id());
        }
        check(export("deadlock", "variant=philosophers"), "philosophers");
    }

    private static void check(JsonNode trace, String what) {
        JsonNode events = trace.get("traceEvents");
        assertThat(events.isArray()).as(what).isTrue();
        Map<Integer, List<long[]>> spans = new HashMap<>();
        Set<Integer> named = new HashSet<>();
        Set<Integer> withSpans = new HashSet<>();
        for (JsonNode e : events) {
            String ph = e.get("ph").asText();
            assertThat(ph).as(what).isIn("X", "i", "M");
            assertThat(e.get("pid").isInt()).isTrue();
            int tid = e.get("tid").asInt();
            assertThat(e.get("name").isTextual()).isTrue();
            assertThat(e.get("ts").isNumber()).isTrue();
            switch (ph) {
                case "X" -> {
                    double dur = e.get("dur").asDouble();
                    assertThat(dur).as("%s: span %s", what, e).isGreaterThanOrEqualTo(0);
                    long start = Math.round(e.get("ts").asDouble() * 1000);
                    spans.computeIfAbsent(tid, k -> new ArrayList<>()).add(new long[] {start, start + Math.round(dur * 1000)});
                    withSpans.add(tid);
                }
                case "i" -> assertThat(e.get("s").asText()).isIn("t", "p", "g");
                case "M" -> {
                    if (e.get("name").asText().equals("thread_name")) {
                        assertThat(e.get("args").get("name").isTextual()).isTrue();
                        named.add(tid);
                    }
                }
                default -> throw new AssertionError(ph);
            }
        }
        assertThat(named).as(what).containsAll(withSpans);
        for (Map.Entry<Integer, List<long[]>> thread : spans.entrySet()) {
            List<long[]> list = thread.getValue();
            list.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i)[0]).as("%s: spans of thread %d overlap", what, thread.getKey())
                        .isGreaterThanOrEqualTo(list.get(i - 1)[1]);
            }
        }
    }
}
