package com.precog.runner.hygiene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Source scan of test code for wall-clock sleeps longer than a limit (issue #10: no test sleeps
 * above 1 s). It reads every {@code <module>/src/test/java/**.java} under a root (benchmarks in
 * {@code bench} folders excluded), blanks out comments and string literals, and checks each
 * sleep site:
 * <ul>
 *   <li>{@code Thread.sleep(ms)}, {@code Thread.sleep(ms, nanos)}, {@code Thread.sleep(Duration)};</li>
 *   <li>{@code TimeUnit.X.sleep(n)} (also a statically imported {@code SECONDS.sleep(n)});</li>
 *   <li>{@code LockSupport.parkNanos(..., n)};</li>
 *   <li>Awaitility {@code pollDelay}/{@code pollInterval} (a poll delay is a sleep; {@code atMost} is a bound, not a sleep);</li>
 *   <li>the delay-injection entry points of our fake servers ({@link #DELAY_ENTRY_POINTS}), because those
 *       forward the caller's duration to a {@code Thread.sleep} inside the fake.</li>
 * </ul>
 * The duration must be a compile-time constant the scanner can evaluate: integer arithmetic,
 * {@code Duration.ofX(..)}, {@code .toMillis()}, {@code TimeUnit.X.toMillis(..)} and {@code static final}
 * constants of the same file. A sleep whose duration it cannot evaluate is reported too, except inside
 * a registered delay forwarder ({@link #DELAY_FORWARDERS}), whose callers are checked instead.
 * Opt-in classes that CI does not run ({@code @Tag("slow")}, soak tests behind {@code -Dsoak=true})
 * are skipped.
 */
final class TestSleepScanner {
    /** A sleep the rule forbids, with where it is and why. */
    record Finding(Path file, int line, String call, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + call + " -> " + reason;
        }
    }

    /** Test helpers that sleep for a duration their callers pass in; their callers' entry points are checked. */
    static final Set<String> DELAY_FORWARDERS = Set.of("FakeEspnServer.java", "FakeKalshiExchange.java");

    /** Call patterns whose LAST argument is a Duration the fake will sleep for. */
    static final List<Pattern> DELAY_ENTRY_POINTS = List.of(
            Pattern.compile("\\.delayNext\\s*\\("),                 // FakeKalshiExchange.delayNext(path, Duration)
            Pattern.compile("\\.stallNextBody\\s*\\("),             // FakeKalshiExchange.stallNextBody(path, Duration)
            Pattern.compile("\\bnew\\s+(?:\\w+\\.)*Slow\\s*\\("),  // FakeEspnServer.Fault.Slow(Duration)
            Pattern.compile("\\bnew\\s+(?:\\w+\\.)*StalledBody\\s*\\(")); // FakeEspnServer.Fault.StalledBody(Duration)

    private static final Pattern THREAD_SLEEP = Pattern.compile("\\bThread\\s*\\.\\s*sleep\\s*\\(");
    private static final Pattern UNIT_SLEEP = Pattern.compile(
            "\\b(NANOSECONDS|MICROSECONDS|MILLISECONDS|SECONDS|MINUTES|HOURS|DAYS)\\s*\\.\\s*sleep\\s*\\(");
    private static final Pattern PARK_NANOS = Pattern.compile("\\bLockSupport\\s*\\.\\s*parkNanos\\s*\\(");
    private static final Pattern POLL_DELAY = Pattern.compile("\\.\\s*(?:pollDelay|pollInterval)\\s*\\(");
    private static final Pattern CONSTANT = Pattern.compile(
            "\\bstatic\\s+final\\s+(?:long|int|Duration|java\\.time\\.Duration)\\s+(\\w+)\\s*=\\s*([^;]+);");

    private final long limitNanos;

    TestSleepScanner(long limitNanos) {
        this.limitNanos = limitNanos;
    }

    /** Every test source file of every module directly under {@code root}. */
    static List<Path> testSources(Path root) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().toList()) {
                Path tests = module.resolve("src/test/java");
                if (!Files.isDirectory(tests)) continue;
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> !tests.relativize(p).toString().replace('\\', '/').matches("(.*/)?bench/.*"))
                            .sorted(Comparator.naturalOrder())
                            .forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    List<Finding> scan(Path root) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : testSources(root)) {
            try {
                findings.addAll(scanFile(root.relativize(file), Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return findings;
    }

    /**
     * Opt-in runs that CI never executes: classes tagged {@code slow} (surefire's excludedGroups) and
     * soak tests that skip themselves unless {@code -Dsoak=true}. Their pacing sleeps are by design.
     */
    private static final Pattern OPT_IN = Pattern.compile(
            "@Tag\\s*\\(\\s*\"slow\"\\s*\\)|assumeTrue\\s*\\(\\s*Boolean\\s*\\.\\s*getBoolean\\s*\\(\\s*\"soak\"");

    static boolean isOptIn(String source) {
        return OPT_IN.matcher(source).find();
    }

    List<Finding> scanFile(Path file, String source) {
        if (isOptIn(source)) return List.of();
        String code = blankCommentsAndStrings(source);
        Map<String, String> constants = new HashMap<>();
        Matcher c = CONSTANT.matcher(code);
        while (c.find()) constants.put(c.group(1), c.group(2).trim());
        Evaluator eval = new Evaluator(constants);
        boolean forwarder = DELAY_FORWARDERS.contains(file.getFileName().toString());
        List<Finding> out = new ArrayList<>();

        forEachCall(code, THREAD_SLEEP, (at, args) -> {
            // Thread.sleep(long millis[, int nanos]) or Thread.sleep(Duration)
            check(out, file, code, at, "Thread.sleep", eval.nanos(args.get(0), 1_000_000L), forwarder);
        });
        forEachCall(code, UNIT_SLEEP, (at, args) -> {
            String unit = unitBefore(code, at);
            check(out, file, code, at, unit + ".sleep", eval.nanos(args.get(0), unitNanos(unit)), forwarder);
        });
        forEachCall(code, PARK_NANOS, (at, args) ->
                check(out, file, code, at, "LockSupport.parkNanos", eval.nanos(args.get(args.size() - 1), 1L), forwarder));
        forEachCall(code, POLL_DELAY, (at, args) -> {
            OptionalLong n = args.size() == 2
                    ? eval.nanos(args.get(0), unitNanos(args.get(1).replaceAll(".*\\.", "").trim()))
                    : eval.nanos(args.get(0), 1_000_000L);
            check(out, file, code, at, "Awaitility poll delay", n, false);
        });
        for (Pattern entry : DELAY_ENTRY_POINTS) {
            forEachCall(code, entry, (at, args) ->
                    check(out, file, code, at, "fake delay " + code.substring(at, code.indexOf('(', at)).replaceAll("\\s+", " ").trim(),
                            eval.nanos(args.get(args.size() - 1), 1_000_000L), false));
        }
        out.sort(Comparator.comparingInt(Finding::line));
        return out;
    }

    private void check(List<Finding> out, Path file, String code, int at, String call, OptionalLong nanos, boolean forwarder) {
        int line = lineOf(code, at);
        if (nanos.isEmpty()) {
            if (!forwarder) {
                out.add(new Finding(file, line, call, "duration is not a constant the check can evaluate; use a constant <= "
                        + limitNanos / 1_000_000 + " ms or register the helper in TestSleepScanner.DELAY_FORWARDERS"));
            }
        } else if (nanos.getAsLong() > limitNanos) {
            out.add(new Finding(file, line, call, "sleeps " + nanos.getAsLong() / 1_000_000 + " ms > " + limitNanos / 1_000_000 + " ms"));
        }
    }

    private interface CallVisitor {
        void visit(int at, List<String> args);
    }

    private static void forEachCall(String code, Pattern p, CallVisitor v) {
        Matcher m = p.matcher(code);
        while (m.find()) {
            int open = m.end() - 1;
            List<String> args = arguments(code, open);
            if (args != null && !args.isEmpty() && !args.get(0).isBlank()) v.visit(m.start(), args);
        }
    }

    /** The top-level comma-separated arguments of the call whose '(' is at {@code open}; null if unbalanced. */
    static List<String> arguments(String code, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') depth++;
            else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
                if (depth == 0) {
                    args.add(code.substring(start, i).trim());
                    return args;
                }
            } else if (ch == ',' && depth == 1) {
                args.add(code.substring(start, i).trim());
                start = i + 1;
            }
        }
        return null;
    }

    private static String unitBefore(String code, int at) {
        Matcher m = UNIT_SLEEP.matcher(code);
        return m.find(at) ? m.group(1) : "MILLISECONDS";
    }

    static long unitNanos(String unit) {
        return switch (unit) {
            case "NANOSECONDS" -> 1L;
            case "MICROSECONDS" -> 1_000L;
            case "MILLISECONDS" -> 1_000_000L;
            case "SECONDS" -> 1_000_000_000L;
            case "MINUTES" -> 60_000_000_000L;
            case "HOURS" -> 3_600_000_000_000L;
            case "DAYS" -> 86_400_000_000_000L;
            default -> 1_000_000L;
        };
    }

    private static int lineOf(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (code.charAt(i) == '\n') line++;
        return line;
    }

    /** Replaces comments and the contents of string/char/text-block literals by spaces (newlines kept). */
    static String blankCommentsAndStrings(String s) {
        StringBuilder b = new StringBuilder(s);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') blank(b, i++);
            } else if (ch == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                while (i < end) blank(b, i++);
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                for (i += 3; i < end - 3; i++) blank(b, i);
                i = end;
            } else if (ch == '"' || ch == '\'') {
                i++;
                while (i < n && s.charAt(i) != ch && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\') blank(b, i++);
                    if (i < n) blank(b, i++);
                }
                i++;
            } else {
                i++;
            }
        }
        return b.toString();
    }

    private static void blank(StringBuilder b, int i) {
        if (i < b.length() && b.charAt(i) != '\n') b.setCharAt(i, ' ');
    }

    /**
     * Evaluates the small constant expressions tests write for durations. A value is either a plain
     * number (interpreted in the call's unit) or a Duration (already in nanoseconds).
     */
    static final class Evaluator {
        private record Value(long amount, boolean duration) {}

        private static final Pattern DURATION_OF = Pattern.compile("(?:java\\.time\\.)?Duration\\s*\\.\\s*of(Nanos|Millis|Seconds|Minutes|Hours|Days)\\s*\\(");
        private static final Pattern UNIT_TO = Pattern.compile("(?:(?:java\\.util\\.concurrent\\.)?TimeUnit\\s*\\.\\s*)?(NANOSECONDS|MICROSECONDS|MILLISECONDS|SECONDS|MINUTES|HOURS|DAYS)\\s*\\.\\s*to(Nanos|Millis|Seconds)\\s*\\(");

        private final Map<String, String> constants;
        private int depth;

        Evaluator(Map<String, String> constants) {
            this.constants = constants;
        }

        /** The expression's duration in nanoseconds, a plain number being in units of {@code unitNanos}. */
        OptionalLong nanos(String expr, long unitNanos) {
            try {
                Value v = new Parser(expr).parseAll();
                return OptionalLong.of(v.duration() ? v.amount() : Math.multiplyExact(v.amount(), unitNanos));
            } catch (RuntimeException notConstant) {
                return OptionalLong.empty();
            }
        }

        private final class Parser {
            private final String s;
            private int i;

            Parser(String s) {
                this.s = s.trim();
            }

            Value parseAll() {
                Value v = sum();
                skip();
                if (i != s.length()) throw new IllegalArgumentException("not constant: " + s);
                return v;
            }

            private void skip() {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            }

            private boolean eat(char c) {
                skip();
                if (i < s.length() && s.charAt(i) == c) {
                    i++;
                    return true;
                }
                return false;
            }

            private Value sum() {
                Value v = product();
                while (true) {
                    if (eat('+')) v = combine(v, product(), '+');
                    else if (eat('-')) v = combine(v, product(), '-');
                    else return v;
                }
            }

            private Value product() {
                Value v = unary();
                while (true) {
                    if (eat('*')) v = combine(v, unary(), '*');
                    else if (eat('/')) v = combine(v, unary(), '/');
                    else return v;
                }
            }

            private Value combine(Value a, Value b, char op) {
                boolean d = a.duration() || b.duration();
                if ((op == '+' || op == '-') && a.duration() != b.duration()) throw new IllegalArgumentException("mixed");
                long r = switch (op) {
                    case '+' -> Math.addExact(a.amount(), b.amount());
                    case '-' -> Math.subtractExact(a.amount(), b.amount());
                    case '*' -> Math.multiplyExact(a.amount(), b.amount());
                    default -> a.amount() / b.amount();
                };
                return new Value(r, d);
            }

            private Value unary() {
                if (eat('-')) return new Value(-unary().amount(), false);
                if (eat('(')) {
                    // a cast like (long) is skipped
                    int save = i;
                    skip();
                    Matcher cast = Pattern.compile("(long|int)\\s*\\)").matcher(s).region(i, s.length());
                    if (cast.lookingAt()) {
                        i = cast.end();
                        return postfix(unary());
                    }
                    i = save;
                    Value v = sum();
                    if (!eat(')')) throw new IllegalArgumentException("unbalanced");
                    return postfix(v);
                }
                skip();
                Matcher num = Pattern.compile("[0-9][0-9_]*[lL]?").matcher(s).region(i, s.length());
                if (num.lookingAt()) {
                    i = num.end();
                    return new Value(Long.parseLong(num.group().replace("_", "").replaceAll("[lL]$", "")), false);
                }
                Matcher dur = DURATION_OF.matcher(s).region(i, s.length());
                if (dur.lookingAt()) {
                    i = dur.end();
                    long unit = switch (dur.group(1)) {
                        case "Nanos" -> 1L;
                        case "Millis" -> 1_000_000L;
                        case "Seconds" -> 1_000_000_000L;
                        case "Minutes" -> 60_000_000_000L;
                        case "Hours" -> 3_600_000_000_000L;
                        default -> 86_400_000_000_000L;
                    };
                    Value arg = sum();
                    if (!eat(')')) throw new IllegalArgumentException("unbalanced");
                    return postfix(new Value(Math.multiplyExact(arg.amount(), unit), true));
                }
                Matcher to = UNIT_TO.matcher(s).region(i, s.length());
                if (to.lookingAt()) {
                    i = to.end();
                    Value arg = sum();
                    if (!eat(')')) throw new IllegalArgumentException("unbalanced");
                    long ns = Math.multiplyExact(arg.amount(), unitNanos(to.group(1)));
                    long target = switch (to.group(2)) {
                        case "Nanos" -> 1L;
                        case "Millis" -> 1_000_000L;
                        default -> 1_000_000_000L;
                    };
                    return postfix(new Value(ns / target, false));
                }
                Matcher id = Pattern.compile("(?:Duration\\s*\\.\\s*)?([A-Za-z_]\\w*)").matcher(s).region(i, s.length());
                if (id.lookingAt()) {
                    String name = id.group(1);
                    i = id.end();
                    if (name.equals("ZERO")) return postfix(new Value(0, true));
                    String def = constants.get(name);
                    if (def == null || depth > 8) throw new IllegalArgumentException("not constant: " + name);
                    depth++;
                    try {
                        return postfix(new Parser(def).parseAll());
                    } finally {
                        depth--;
                    }
                }
                throw new IllegalArgumentException("not constant: " + s);
            }

            /** {@code .toMillis()}, {@code .toNanos()}, {@code .toSeconds()} on a Duration. */
            private Value postfix(Value v) {
                skip();
                Matcher m = Pattern.compile("\\.\\s*to(Millis|Nanos|Seconds)\\s*\\(\\s*\\)").matcher(s).region(i, s.length());
                if (m.lookingAt() && v.duration()) {
                    i = m.end();
                    long div = switch (m.group(1)) {
                        case "Nanos" -> 1L;
                        case "Millis" -> 1_000_000L;
                        default -> 1_000_000_000L;
                    };
                    return postfix(new Value(v.amount() / div, false));
                }
                return v;
            }
        }
    }
}
