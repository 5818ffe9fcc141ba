package com.precog.runner.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of ARCHITECTURE.md over every production class of every module (runner's classpath sees them all). */
@AnalyzeClasses(packages = "com.precog", importOptions = {ImportOption.DoNotIncludeTests.class, ProductionClassesOnly.class})
class ArchitectureTest {
    private static final String ROOT = "com.precog";

    @ArchTest
    static final ArchRule onion = ArchitectureRules.onion(ROOT);
    @ArchTest
    static final ArchRule domainIsJdkOnly = ArchitectureRules.domainIsJdkOnly(ROOT);
    @ArchTest
    static final ArchRule applicationDependsOnDomainOnly = ArchitectureRules.applicationDependsOnDomainOnly(ROOT);
    @ArchTest
    static final ArchRule noDomainCycles = ArchitectureRules.noDomainCycles(ROOT);
    @ArchTest
    static final ArchRule noFrameworksInCore = ArchitectureRules.noFrameworksInCore(ROOT);
    @ArchTest
    static final ArchRule nothingDependsOnRunner = ArchitectureRules.nothingDependsOnRunner(ROOT);
    @ArchTest
    static final ArchRule guiceOnlyInRunner = ArchitectureRules.guiceOnlyInRunner(ROOT);
    @ArchTest
    static final ArchRule portsNamedForTheNeed = ArchitectureRules.portsNamedForTheNeed(ROOT);
}
