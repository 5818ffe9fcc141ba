package com.precog.runner.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue #10 dependency hygiene: versions live only in the parent POM (its properties,
 * dependencyManagement, pluginManagement and imported BOMs). A module POM may name a version only
 * as a {@code ${property}} the parent defines; its {@code <parent>} reference is the one exception.
 */
class VersionsLiveInTheParentTest {
    private static final Pattern VERSION = Pattern.compile("<version>\\s*([^<]*?)\\s*</version>");
    private static final Pattern PROPERTY_REF = Pattern.compile("\\$\\{([\\w.-]+)}");

    /** Offending {@code <version>} values of a module POM, given the property names the parent defines. */
    static List<String> literalVersions(String modulePom, Set<String> parentProperties) {
        String body = modulePom.replaceAll("(?s)<!--.*?-->", "").replaceFirst("(?s)<parent>.*?</parent>", "");
        List<String> bad = new ArrayList<>();
        Matcher m = VERSION.matcher(body);
        while (m.find()) {
            Matcher ref = PROPERTY_REF.matcher(m.group(1));
            boolean ok = ref.matches() && (parentProperties.contains(ref.group(1)) || ref.group(1).startsWith("project."));
            if (!ok) bad.add(m.group(1));
        }
        return bad;
    }

    static Set<String> propertiesOf(String parentPom) {
        Matcher block = Pattern.compile("(?s)<properties>(.*?)</properties>").matcher(parentPom);
        assertThat(block.find()).as("parent POM has <properties>").isTrue();
        return Pattern.compile("<([\\w.-]+)>[^<]*</\\1>").matcher(block.group(1)).results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    @Test
    void noModulePomDeclaresALiteralVersion() throws IOException {
        Path root = NoLongSleepsInTestsTest.reactorRoot();
        Set<String> props = propertiesOf(Files.readString(root.resolve("pom.xml")));
        assertThat(props).contains("pitest.version", "jacoco.version");
        List<String> modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")))
                .results().map(r -> r.group(1)).toList();
        assertThat(modules).contains("domain", "runner");
        for (String module : modules) {
            String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
            assertThat(literalVersions(pom, props)).as("%s/pom.xml: versions belong in the parent POM", module).isEmpty();
        }
    }

    @Test
    void theCheckBites_onALiteralVersion_andOnAnUndefinedProperty() {
        String pom = """
                <project>
                  <parent><groupId>com.precog</groupId><artifactId>precog-parent</artifactId><version>0.1.0</version></parent>
                  <dependencies>
                    <dependency><groupId>a</groupId><artifactId>b</artifactId><version>1.2.3</version></dependency>
                    <dependency><groupId>a</groupId><artifactId>c</artifactId><version>${c.version}</version></dependency>
                    <dependency><groupId>a</groupId><artifactId>d</artifactId><version>${defined.version}</version></dependency>
                    <!-- <dependency><version>9.9</version></dependency> -->
                  </dependencies>
                  <build><plugins><plugin><artifactId>x</artifactId><version>4.5</version></plugin></plugins></build>
                </project>
                """;
        assertThat(literalVersions(pom, Set.of("defined.version"))).containsExactly("1.2.3", "${c.version}", "4.5");
    }
}
