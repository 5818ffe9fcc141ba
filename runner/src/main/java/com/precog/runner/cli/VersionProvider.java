package com.precog.runner.cli;

import picocli.CommandLine;

/** Prints the version baked into the jar manifest (falls back to the build's resource). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PrecogCommand.class.getPackage().getImplementationVersion();
        if (v == null) {
            try (var in = PrecogCommand.class.getResourceAsStream("/precog-version.txt")) {
                v = in == null ? "unknown" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            } catch (java.io.IOException e) {
                v = "unknown";
            }
        }
        return new String[] {"precog " + v, "Java " + System.getProperty("java.version")};
    }
}
