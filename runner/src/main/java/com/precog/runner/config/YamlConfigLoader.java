package com.precog.runner.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.precog.application.config.ConfigKey;
import com.precog.application.config.ConfigProblem;
import com.precog.application.config.ConfigSchema;
import com.precog.application.config.EffectiveConfig;
import com.precog.application.config.InvalidConfigException;
import com.precog.application.port.out.ConfigOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the seven YAML files of a config directory into {@code file:path → text} values and
 * resolves them (with overrides) into an {@link EffectiveConfig}. Every problem is collected:
 * syntax errors with line numbers, unknown keys, unquoted decimals, out-of-range values.
 * A missing file means "all defaults" for that file.
 */
public final class YamlConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Values read plus the problems found while reading (before range validation). */
    public record Read(Map<String, String> values, List<ConfigProblem> problems) {}

    private YamlConfigLoader() {}

    /** The config directory: {@code PRECOG_CONFIG_DIR}, else {@code ./config}. */
    public static Path defaultDirectory() {
        String env = System.getenv("PRECOG_CONFIG_DIR");
        return Path.of(env == null || env.isBlank() ? "config" : env);
    }

    /** Loads and resolves a directory; throws {@link InvalidConfigException} with every problem. */
    public static EffectiveConfig load(Path dir, List<ConfigOverrides.Override> overrides) {
        Read read = readDirectory(dir);
        List<ConfigProblem> problems = new ArrayList<>(read.problems());
        try {
            EffectiveConfig cfg = EffectiveConfig.resolve(read.values(), overrides);
            if (problems.isEmpty()) return cfg;
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
        }
        throw new InvalidConfigException(problems);
    }

    public static Read readDirectory(Path dir) {
        Map<String, String> values = new LinkedHashMap<>();
        List<ConfigProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new ConfigProblem(dir.toString(), "", null, "config directory does not exist", "a directory with the seven YAML files"));
            return new Read(values, problems);
        }
        for (String file : ConfigSchema.FILES) {
            Path p = dir.resolve(file);
            if (Files.exists(p)) readFile(p, file, values, problems);
        }
        return new Read(values, problems);
    }

    /**
     * Reads one file. {@code logicalName} picks the schema (one of the seven names); a file with
     * another name is matched key by key against every schema file.
     */
    public static void readFile(Path path, String logicalName, Map<String, String> values, List<ConfigProblem> problems) {
        String shown = path.toString();
        JsonNode root;
        try {
            String text = Files.readString(path);
            root = text.isBlank() ? YAML.createObjectNode() : YAML.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(shown, e));
            return;
        } catch (IOException e) {
            problems.add(new ConfigProblem(shown, "", null, "cannot read file: " + e.getMessage(), ""));
            return;
        }
        if (root == null || root.isNull() || root.isMissingNode()) return;
        if (!root.isObject()) {
            problems.add(new ConfigProblem(shown, "", root.toString(), "top level must be a mapping of keys", ""));
            return;
        }
        flatten(root, "", shown, logicalName, values, problems);
    }

    /**
     * A YAML syntax error on one line: {@code file: line L, column C: not valid YAML: what is wrong (while parsing what,
     * from line L, column C)}. SnakeYAML's own message spans several lines (a context line, the problem line, each with
     * an excerpt and a caret); its parts are taken from the error instead.
     */
    static ConfigProblem syntaxProblem(String shown, JsonProcessingException e) {
        MarkedYAMLException marked = null;
        for (Throwable t = e; t != null && marked == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException m) marked = m;
        }
        if (marked != null && marked.getProblemMark() != null && marked.getProblem() != null) {
            Mark at = marked.getProblemMark();
            String context = marked.getContext() == null ? "" : " (" + oneLine(marked.getContext())
                    + (marked.getContextMark() == null ? "" : " started at " + location(marked.getContextMark().getLine(), marked.getContextMark().getColumn())) + ")";
            return new ConfigProblem(shown, location(at.getLine(), at.getColumn()), null, "not valid YAML: " + oneLine(marked.getProblem()) + context, "");
        }
        JsonLocation loc = e.getLocation();
        String first = e.getOriginalMessage() == null ? "cannot be parsed" : e.getOriginalMessage().strip().lines().findFirst().orElse("cannot be parsed");
        return new ConfigProblem(shown, loc == null || loc.getLineNr() < 1 ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr(), null,
                "not valid YAML: " + oneLine(first), "");
    }

    /** SnakeYAML's marks count from 0; editors (and its own message) from 1. */
    private static String location(int line, int column) {
        return "line " + (line + 1) + ", column " + (column + 1);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static void flatten(JsonNode node, String prefix, String shown, String logicalName, Map<String, String> values, List<ConfigProblem> problems) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(v, path, shown, logicalName, values, problems);
                continue;
            }
            ConfigKey key = resolveKey(logicalName, path);
            String text = v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
            if (key == null) {
                problems.add(new ConfigProblem(shown, path, text, "unknown key", "see `precog config show` for every key"));
                continue;
            }
            if (key.kind() == ConfigKey.Kind.DECIMAL && v.isNumber()) {
                problems.add(new ConfigProblem(shown, path, text, "decimals must be written as quoted strings (e.g. \"" + text + "\")", key.allowed()));
                continue;
            }
            if (text == null) {
                problems.add(new ConfigProblem(shown, path, null, "missing value", key.allowed()));
                continue;
            }
            var bad = key.problemWith(text);
            if (bad.isPresent()) {
                problems.add(new ConfigProblem(shown, path, text, bad.get(), key.allowed()));
                continue;
            }
            values.put(key.id(), text);
        }
    }

    private static ConfigKey resolveKey(String logicalName, String path) {
        if (ConfigSchema.FILES.contains(logicalName)) {
            return ConfigSchema.find(logicalName, path).orElse(null);
        }
        for (String f : ConfigSchema.FILES) {
            var k = ConfigSchema.find(f, path);
            if (k.isPresent()) return k.get();
        }
        return null;
    }
}
