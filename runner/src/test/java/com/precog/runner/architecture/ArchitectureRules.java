package com.precog.runner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Precog's architecture rules, parameterised by the root package so that the very same rules
 * run against the product ({@code com.precog}) and against a deliberately violating fixture
 * ({@code com.precog.archfixture}) that proves they bite.
 */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /** domain ← application ← adapters; adapters never depend on each other; runner outside. */
    static ArchRule onion(String root) {
        return onionArchitecture()
                .domainModels(root + ".domain..")
                .applicationServices(root + ".application..")
                .adapter("kalshi", root + ".adapters.kalshi..")
                .adapter("espn", root + ".adapters.espn..")
                .adapter("persistence", root + ".adapters.persistence..")
                .adapter("one", root + ".adapters.one..")
                .adapter("two", root + ".adapters.two..")
                .withOptionalLayers(true)
                // the runner is the composition root: it may see every layer (and is seen by none)
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(root + ".runner.."), DescribedPredicate.alwaysTrue())
                .because("the hexagon: dependencies point inward only (ARCHITECTURE.md)");
    }

    /** The domain depends on the JDK (java..) and itself, nothing else. */
    static ArchRule domainIsJdkOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is pure Java: no libraries, no frameworks");
    }

    /** The application depends on the JDK, the domain, itself and slf4j-api only. */
    static ArchRule applicationDependsOnDomainOnly(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..", root + ".application..", "org.slf4j..")
                .because("use cases depend on the domain and ports only");
    }

    /** No cycles between the domain's top-level packages. */
    static ArchRule noDomainCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    /** Framework and I/O types never appear in the core. */
    static ArchRule noFrameworksInCore(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "com.fasterxml.jackson..", "org.jooq..",
                        "picocli..", "java.sql..", "java.net.http..", "org.java_websocket..", "dev.failsafe..", "javax.inject..", "jakarta.inject..")
                .because("Guice, Jackson, jOOQ, picocli, JDBC and HTTP belong in adapters and the runner");
    }

    /** Nothing but the runner depends on the runner. */
    static ArchRule nothingDependsOnRunner(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".runner..")
                .should().dependOnClassesThat().resideInAPackage(root + ".runner..")
                .because("the runner is the outermost ring");
    }

    /** Guice is the runner's business alone. */
    static ArchRule guiceOnlyInRunner(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".runner..")
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
                .because("wiring happens in the composition root");
    }

    /** Ports are named for the need, not for the technology behind them. */
    static ArchRule portsNamedForTheNeed(String root) {
        return classes().that().resideInAPackage(root + ".application.port..")
                .should().haveSimpleNameNotContaining("Kalshi")
                .andShould().haveSimpleNameNotContaining("Espn")
                .andShould().haveSimpleNameNotContaining("Jooq")
                .andShould().haveSimpleNameNotContaining("Postgres")
                .andShould().haveSimpleNameNotContaining("Http")
                .because("a port says what the core needs (MarketData, OrderGateway), not who provides it");
    }
}
