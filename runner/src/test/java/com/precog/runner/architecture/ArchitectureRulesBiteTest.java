package com.precog.runner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the same rules against {@code com.precog.archfixture}, a set of test-only classes that
 * break every rule on purpose, and checks each violation is reported. If a rule ever stops
 * working (a typo in a package pattern, a surefire that skips @ArchTest), this test fails.
 */
class ArchitectureRulesBiteTest {
    private static final String FIXTURE = "com.precog.archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThat(fixture).isNotEmpty();
    }

    private static String violations(ArchRule rule) {
        EvaluationResult r = rule.evaluate(fixture);
        assertThat(r.hasViolation()).as("rule must report the planted violation: %s", rule.getDescription()).isTrue();
        return String.join("\n", r.getFailureReport().getDetails());
    }

    @Test
    void onion_reportsDomainUsingApplication_andAdapterUsingAnotherAdapter() {
        String v = violations(ArchitectureRules.onion(FIXTURE));
        assertThat(v).contains("archfixture.domain.beta.UsesApplication").contains("archfixture.adapters.one.UsesOtherAdapter");
    }

    @Test
    void domainIsJdkOnly_reportsALibraryInTheDomain() {
        assertThat(violations(ArchitectureRules.domainIsJdkOnly(FIXTURE))).contains("UsesJackson").contains("com.fasterxml.jackson");
    }

    @Test
    void applicationDependsOnDomainOnly_reportsAdapterUse() {
        assertThat(violations(ArchitectureRules.applicationDependsOnDomainOnly(FIXTURE))).contains("KalshiQuotes");
    }

    @Test
    void noDomainCycles_reportsTheAlphaBetaCycle() {
        String v = violations(ArchitectureRules.noDomainCycles(FIXTURE));
        assertThat(v).contains("alpha").contains("beta");
    }

    @Test
    void noFrameworksInCore_reportsJacksonInDomain() {
        assertThat(violations(ArchitectureRules.noFrameworksInCore(FIXTURE))).contains("UsesJackson");
    }

    @Test
    void nothingDependsOnRunner_reportsAnAdapterUsingTheRunner() {
        String v = violations(ArchitectureRules.nothingDependsOnRunner(FIXTURE));
        assertThat(v).contains("UsesRunner").doesNotContain("Wiring.adapter");
    }

    @Test
    void onion_letsTheRunnerSeeEveryLayer() {
        String v = violations(ArchitectureRules.onion(FIXTURE));
        assertThat(v).doesNotContain("archfixture.runner.Wiring");
    }

    @Test
    void guiceOnlyInRunner_reportsGuiceInAnAdapter() {
        assertThat(violations(ArchitectureRules.guiceOnlyInRunner(FIXTURE))).contains("UsesGuice");
    }

    @Test
    void portsNamedForTheNeed_reportsATechnologyNamedPort() {
        assertThat(violations(ArchitectureRules.portsNamedForTheNeed(FIXTURE))).contains("KalshiQuotes");
    }

    @Test
    void productionCodeIsImportedAndNonTrivial() {
        JavaClasses prod = new ClassFileImporter().withImportOption(new ProductionClassesOnly())
                .importPackages("com.precog.domain", "com.precog.application");
        assertThat(prod.size()).isGreaterThan(10);
        assertThat(ArchitectureRules.domainIsJdkOnly("com.precog").evaluate(prod).hasViolation()).isFalse();
    }
}
