package com.precog.runner.cli.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.application.config.ConfigProblem;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.config.InvalidConfigException;
import com.precog.runner.cli.ExitCodes;
import com.precog.runner.config.YamlConfigLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code precog config show|validate}. */
@Command(name = "config", description = "Show or validate the configuration (config/*.yaml, DB overrides, defaults).",
        mixinStandardHelpOptions = true, subcommands = {ConfigCommand.Show.class, ConfigCommand.Validate.class})
public final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path dir(Path option) {
        return option != null ? option : YamlConfigLoader.defaultDirectory();
    }

    /** {@code precog config show [--json]}: every effective setting with its source and allowed range. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print every effective setting, where it came from and its allowed values.")
    public static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Machine-readable JSON on stdout.")
        boolean json;
        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory (default: $PRECOG_CONFIG_DIR or ./config).")
        Path configDir;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            EffectiveConfig cfg;
            try {
                cfg = YamlConfigLoader.load(dir(configDir), List.of());
            } catch (InvalidConfigException e) {
                Validate.printProblems(spec.commandLine().getErr(), e.problems());
                return ExitCodes.BAD_INPUT;
            }
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ObjectNode root = m.createObjectNode();
                root.put("config_dir", dir(configDir).toAbsolutePath().toString());
                ArrayNode arr = root.putArray("settings");
                for (EffectiveConfig.Setting s : cfg.all()) {
                    ObjectNode n = arr.addObject();
                    n.put("file", s.key().file());
                    n.put("key", s.key().path());
                    n.put("value", s.value());
                    n.put("source", s.source().name().toLowerCase(java.util.Locale.ROOT));
                    n.put("default", s.key().defaultValue());
                    n.put("allowed", s.key().allowed());
                    n.put("description", s.key().description());
                }
                out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                String file = "";
                for (EffectiveConfig.Setting s : cfg.all()) {
                    if (!s.key().file().equals(file)) {
                        file = s.key().file();
                        out.println("# " + file);
                    }
                    out.printf("  %-52s %-14s %-8s %s%n", s.key().path(), s.value(), s.source().name().toLowerCase(java.util.Locale.ROOT),
                            s.key().description());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code precog config validate [FILE...]}: exit 2 and list every problem. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check the YAML files (or the given files) and list every invalid key with file, key, value and allowed range. Exit 2 when any is invalid.")
    public static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--config-dir", paramLabel = "DIR", description = "YAML directory (default: $PRECOG_CONFIG_DIR or ./config).")
        Path configDir;
        @Option(names = "--json", description = "Machine-readable JSON on stdout.")
        boolean json;
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Validate these files instead of the directory.")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<ConfigProblem> problems = new ArrayList<>();
            int checked;
            if (files.isEmpty()) {
                Path d = dir(configDir);
                try {
                    YamlConfigLoader.load(d, List.of());
                } catch (InvalidConfigException e) {
                    problems.addAll(e.problems());
                }
                checked = (int) ConfigSchema.FILES.stream().filter(f -> Files.exists(d.resolve(f))).count();
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (Path f : files) {
                    if (!Files.isRegularFile(f)) {
                        problems.add(new ConfigProblem(f.toString(), "", null, "no such file", ""));
                        continue;
                    }
                    YamlConfigLoader.readFile(f, f.getFileName().toString(), values, problems);
                }
                if (problems.isEmpty()) {
                    try {
                        EffectiveConfig.resolve(values, List.of());
                    } catch (InvalidConfigException e) {
                        problems.addAll(e.problems());
                    }
                }
                checked = files.size();
            }
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ObjectNode root = m.createObjectNode();
                root.put("valid", problems.isEmpty());
                root.put("files_checked", checked);
                ArrayNode arr = root.putArray("problems");
                for (ConfigProblem p : problems) {
                    ObjectNode n = arr.addObject();
                    n.put("file", p.file());
                    n.put("key", p.path());
                    n.put("value", p.value());
                    n.put("problem", p.problem());
                    n.put("allowed", p.allowed());
                }
                spec.commandLine().getOut().println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
                spec.commandLine().getOut().flush();
            } else if (problems.isEmpty()) {
                spec.commandLine().getOut().println("configuration valid (" + checked + " file" + (checked == 1 ? "" : "s") + " checked)");
                spec.commandLine().getOut().flush();
            } else {
                printProblems(spec.commandLine().getErr(), problems);
            }
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }

        static void printProblems(PrintWriter err, List<ConfigProblem> problems) {
            err.println("precog: invalid configuration (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):");
            for (ConfigProblem p : problems) err.println("  " + p);
            err.flush();
        }
    }
}
