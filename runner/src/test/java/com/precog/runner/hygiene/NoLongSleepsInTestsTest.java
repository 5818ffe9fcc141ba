package com.precog.runner.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #10 test hygiene: no test in any module sleeps on the wall clock for more than 1 s
 * (scan rules in {@link TestSleepScanner}; {@link TestSleepScannerBiteTest} proves they bite).
 */
class NoLongSleepsInTestsTest {
    static final long LIMIT_NANOS = 1_000_000_000L;

    /** The reactor root: the runner module's parent folder (surefire runs with the module as working directory). */
    static Path reactorRoot() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("runner/src")) ? here : here.getParent();
        assertThat(root.resolve("pom.xml")).as("reactor root with the parent pom").exists();
        return root;
    }

    @Test
    void noTestInAnyModuleSleepsLongerThanOneSecond() {
        Path root = reactorRoot();
        List<Path> sources = TestSleepScanner.testSources(root);
        // guard against a vacuous pass (wrong root, moved folders): every module's tests are scanned
        for (String module : List.of("domain", "application", "adapters-kalshi", "adapters-espn", "adapters-persistence", "runner")) {
            assertThat(sources).as("test sources of %s are scanned", module)
                    .anyMatch(p -> root.relativize(p).startsWith(module));
        }
        assertThat(sources).as("the known sleep sites are among the scanned files")
                .anyMatch(p -> p.endsWith("FakeKalshiExchange.java"))
                .anyMatch(p -> p.endsWith("KalshiOrderGatewayTest.java"));

        List<TestSleepScanner.Finding> findings = new TestSleepScanner(LIMIT_NANOS).scan(root);

        assertThat(findings).as("tests must not sleep > 1 s: use a fake clock, a latch, or a shorter constant").isEmpty();
    }
}
