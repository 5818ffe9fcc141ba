package com.precog.runner.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link TestSleepScanner} over a planted fixture module (test resources
 * {@code hygiene-fixture/sleepy-module}, never compiled) and checks that every offence is
 * reported at its line, and that nothing legitimate is.
 */
class TestSleepScannerBiteTest {
    private static List<TestSleepScanner.Finding> findings;

    @BeforeAll
    static void scanFixture() throws URISyntaxException {
        Path root = Path.of(TestSleepScannerBiteTest.class.getResource("/hygiene-fixture").toURI());
        findings = new TestSleepScanner(NoLongSleepsInTestsTest.LIMIT_NANOS).scan(root);
    }

    private static List<Integer> linesIn(String fileName) {
        return findings.stream().filter(f -> f.file().endsWith(fileName)).map(TestSleepScanner.Finding::line).toList();
    }

    private static String reasonAt(String fileName, int line) {
        return findings.stream().filter(f -> f.file().endsWith(fileName) && f.line() == line)
                .map(f -> f.call() + " " + f.reason()).collect(Collectors.joining("; "));
    }

    @Test
    void everyPlantedLongSleep_isReportedAtItsLine_andNothingElseIs() {
        assertThat(linesIn("SleepyTest.java")).as(findings.toString())
                .containsExactly(15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25);
    }

    @Test
    void theReportSaysHowLongEachSleepIs() {
        assertThat(reasonAt("SleepyTest.java", 15)).contains("Thread.sleep").contains("1500 ms > 1000 ms");
        assertThat(reasonAt("SleepyTest.java", 16)).contains("2000 ms");
        assertThat(reasonAt("SleepyTest.java", 17)).contains("SECONDS.sleep").contains("2000 ms");
        assertThat(reasonAt("SleepyTest.java", 18)).contains("3000 ms");
        assertThat(reasonAt("SleepyTest.java", 19)).contains("5000 ms");
        assertThat(reasonAt("SleepyTest.java", 20)).contains("60000 ms");
        assertThat(reasonAt("SleepyTest.java", 21)).contains("parkNanos").contains("2000 ms");
        assertThat(reasonAt("SleepyTest.java", 22)).contains("not a constant");
        assertThat(reasonAt("SleepyTest.java", 23)).contains("delayNext").contains("30000 ms");
        assertThat(reasonAt("SleepyTest.java", 24)).contains("poll delay").contains("2000 ms");
        assertThat(reasonAt("SleepyTest.java", 25)).contains("1500 ms");
    }

    @Test
    void aRegisteredDelayForwarder_mayForwardItsCallersDuration_butItsConstantSleepsStillCount() {
        assertThat(linesIn("FakeKalshiExchange.java")).containsExactly(9);
    }

    @Test
    void optInSoakAndSlowTaggedClasses_areNotChecked() {
        assertThat(linesIn("SoakTest.java")).isEmpty();
        assertThat(linesIn("SlowTaggedTest.java")).isEmpty();
        assertThat(TestSleepScanner.isOptIn("@Tag(\"slow\") class X {}")).isTrue();
        assertThat(TestSleepScanner.isOptIn("@Tag(\"fast\") class X {}")).isFalse();
    }

    @Test
    void benchmarksAreNotTests() {
        assertThat(findings).noneMatch(f -> f.file().toString().contains("bench"));
    }

    @Test
    void theEvaluatorUnderstandsTheDurationsTestsWrite() {
        var eval = new TestSleepScanner.Evaluator(java.util.Map.of("BASE", "250L", "D", "Duration.ofMillis(BASE * 2)"));
        assertThat(eval.nanos("1_500", 1_000_000L)).isEqualTo(OptionalLong.of(1_500_000_000L));
        assertThat(eval.nanos("(long) (BASE * 4) + 1", 1_000_000L)).isEqualTo(OptionalLong.of(1_001_000_000L));
        assertThat(eval.nanos("D", 1_000_000L)).isEqualTo(OptionalLong.of(500_000_000L));
        assertThat(eval.nanos("D.toMillis()", 1_000_000L)).isEqualTo(OptionalLong.of(500_000_000L));
        assertThat(eval.nanos("TimeUnit.SECONDS.toMillis(2)", 1_000_000L)).isEqualTo(OptionalLong.of(2_000_000_000L));
        assertThat(eval.nanos("Duration.ZERO", 1_000_000L)).isEqualTo(OptionalLong.of(0L));
        assertThat(eval.nanos("timeout.toMillis()", 1_000_000L)).isEmpty();
        assertThat(eval.nanos("random.nextInt(5)", 1_000_000L)).isEmpty();
    }
}
