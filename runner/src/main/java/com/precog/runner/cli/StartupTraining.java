package com.precog.runner.cli;

import com.precog.runner.Precog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the class-data archive (AppCDS) that {@code ./precog} records once per build: runs the
 * short commands (help, version, configuration, every command's help, a usage error) in one JVM so the archive
 * holds the classes they load. Nothing is written anywhere; their output goes nowhere.
 * Usage: {@code java -XX:ArchiveClassesAtExit=precog.jar.jsa -cp precog.jar com.precog.runner.cli.StartupTraining CONFIG_DIR}.
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true);
        System.setOut(nowhere);
        System.setErr(nowhere);
        try {
            for (String[] command : commands(args.length > 0 ? args[0] : "config")) {
                Precog.run(command);
            }
            loadDaemonClasses();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /**
     * Loads (without initialising: nothing runs, nothing connects) the classes a paper daemon loads on start-up
     * ({@code cds/daemon-classes.txt}), so {@code precog run} maps them from the archive instead of reading and
     * verifying them from the jar: the JVM's share of the daemon's start-up (docs/PERFORMANCE.md "Daemon ready").
     * Returns how many were loaded; names no longer in the build are skipped.
     */
    static int loadDaemonClasses() {
        java.io.InputStream list = StartupTraining.class.getResourceAsStream("/cds/daemon-classes.txt");
        if (list == null) return 0;
        ClassLoader loader = StartupTraining.class.getClassLoader();
        int loaded = 0;
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(list, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                try {
                    Class.forName(line.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError stale) {
                    // renamed or removed since the list was recorded
                }
            }
        } catch (java.io.IOException e) {
            // a training run without the list records the short commands only
        }
        return loaded;
    }

    /** The commands of the training run, reading the YAML files in {@code configDir}. */
    static List<String[]> commands(String configDir) {
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"--help"}, new String[] {"--version"}, new String[] {"help"}, new String[] {"nosuch"},
                new String[] {"config", "show", "--config-dir", configDir},
                new String[] {"config", "show", "--json", "--config-dir", configDir},
                new String[] {"config", "validate", "--config-dir", configDir}));
        for (String name : PrecogCommand.commandLine(new String[0]).getSubcommands().keySet()) {
            commands.add(new String[] {name, "--help"});
        }
        return commands;
    }
}
