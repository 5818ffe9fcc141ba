package com.precog.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Answers {@code precog --help|-h} and {@code precog --version|-V} without building the picocli
 * model: the usage text is rendered by picocli at build time ({@link #main}, run by Maven at process-classes)
 * into the jar, in plain and in ANSI colours, and printed as picocli would print it. Anything else, or when the
 * text is missing or a {@code picocli.*} system property could change the rendering, is left to picocli.
 * QuickStartTest checks that the answers equal picocli's, byte for byte.
 */
public final class QuickStart {
    static final String USAGE = "precog-usage.txt";
    static final String USAGE_ANSI = "precog-usage-ansi.txt";

    private QuickStart() {}

    /** Answers the arguments on {@code out} and returns the exit code, or -1 when picocli must answer them. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, null);
    }

    /** As {@link #run(String[], PrintStream)}; {@code ansi} null means picocli's own choice (Ansi.AUTO). */
    static int run(String[] args, PrintStream out, Boolean ansi) {
        // no arguments at all is bad usage (usage on stderr, exit 2): picocli answers it
        if (args.length != 1 || picocliPropertySet()) {
            return -1;
        }
        String a = args[0];
        if (a.equals("--help") || a.equals("-h")) {
            boolean colour = ansi != null ? ansi : CommandLine.Help.Ansi.AUTO.enabled();
            String text = resource(colour ? USAGE_ANSI : USAGE);
            if (text == null) {
                return -1;
            }
            out.print(text.replace("\n", System.lineSeparator()));
            out.flush();
            return ExitCodes.OK;
        }
        if (a.equals("--version") || a.equals("-V")) {
            String[] lines = new VersionProvider().getVersion();
            for (String line : lines) {
                if (!plain(line)) {
                    return -1;
                }
            }
            for (String line : lines) {
                out.println(line);
            }
            out.flush();
            return ExitCodes.OK;
        }
        return -1;
    }

    // plain loops, no lambdas or streams: the first lambda of a JVM costs milliseconds to bootstrap

    private static boolean picocliPropertySet() {
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }

    /** Text picocli prints unchanged: ASCII, no format specifier, no {@code ${...}} variable, no {@code @|...|@} markup. */
    static boolean plain(String s) {
        return ascii(s, ' ') && !s.contains("%") && !s.contains("${") && !s.contains("@|");
    }

    /** Whether every character of {@code s} is between {@code lowest} and 126. */
    private static boolean ascii(String s, char lowest) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < lowest || c > 126) {
                return false;
            }
        }
        return true;
    }

    private static String resource(String name) {
        try (InputStream in = QuickStart.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return ascii(text, '\0') ? text : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The usage text picocli prints for {@code precog --help}, with {@code \n} line ends. */
    static String usage(boolean ansi) {
        java.io.StringWriter w = new java.io.StringWriter();
        CommandLine cl = PrecogCommand.commandLine(new String[] {"--help"});
        cl.usage(new java.io.PrintWriter(w, true), CommandLine.Help.defaultColorScheme(ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        return w.toString().replace(System.lineSeparator(), "\n");
    }

    /** Build step: writes the plain and ANSI usage texts into the folder {@code args[0]} (target/classes). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(USAGE), usage(false), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(USAGE_ANSI), usage(true), StandardCharsets.UTF_8);
    }
}
