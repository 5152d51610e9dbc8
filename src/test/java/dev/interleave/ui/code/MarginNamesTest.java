package dev.interleave.ui.code;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarginNamesTest {
    @ParameterizedTest
    @CsvSource({"worker-3, w3", "philosopher-12, p12", "v-10000, v-10000", "T1, T1", "main, main",
            "producer, producer", "lock-a, lock-a"})
    void numberedNamesShortenToTheirInitialAndNumber(String name, String shown) {
        assertThat(MarginNames.of(name)).isEqualTo(shown);
    }
}
