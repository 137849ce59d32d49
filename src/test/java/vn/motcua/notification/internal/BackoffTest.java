package vn.motcua.notification.internal;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @ParameterizedTest(name = "after {0} attempt(s): {1}")
    @CsvSource(textBlock = """
            1,   PT30S
            2,   PT1M
            3,   PT2M
            7,   PT32M
            8,   PT1H
            30,  PT1H
            200, PT1H
            """)
    void waitDoublesAfterEachFailedAttemptUpToTheMaximum(int attempts, Duration expected) {
        assertThat(Backoff.after(attempts, Duration.ofSeconds(30), Duration.ofHours(1))).isEqualTo(expected);
    }
}
