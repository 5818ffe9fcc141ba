package com.precog.domain.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the module exports exactly the embedder's packages, and no exported signature names a
 * type of a package it keeps internal (an embedder on the module path could not use such a method).
 */
class ModuleBoundaryTest {
    private static final Set<String> EXPORTED = Set.of("money", "market", "order", "edge", "sizing", "position", "exit",
            "model", "model.ingame", "evaluation", "backtest");
    private static final Set<String> INTERNAL = Set.of("game", "strategy", "execution", "risk");

    @Test
    void exportsExactlyTheEmbeddersPackagesUnqualified() throws Exception {
        ModuleDescriptor d = ModuleDescriptor.read(Files.newInputStream(Path.of("target", "classes", "module-info.class")));
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
        assertThat(d.exports().stream().map(e -> e.source().substring("com.precog.domain.".length())).collect(Collectors.toSet()))
                .isEqualTo(EXPORTED);
        for (String p : INTERNAL) {
            assertThat(Path.of("target", "classes", "com", "precog", "domain", p)).as("internal package %s is compiled, not exported", p)
                    .isDirectory();
        }
    }

    @Test
    void noExportedSignatureNamesAnInternalType() throws Exception {
        String api = ApiCompatibilityTest.describe();
        Matcher m = Pattern.compile("com\\.precog\\.domain\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]").matcher(api);
        Set<String> referenced = new TreeSet<>();
        while (m.find()) referenced.add(m.group(1));
        assertThat(referenced).isNotEmpty().allSatisfy(p -> assertThat(EXPORTED).as("package %s in an exported signature", p).contains(p));
    }
}
