package com.precog.domain.model.ingame;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text form of an {@link InGameModel}, stored as the config of an immutable model version. Lines:
 * {@code precog-ingame-model 1}, {@code features <version>}, {@code regulation <intercept> <coef…>},
 * {@code overtime <intercept> <coef…>}, {@code lookup <usePossession> <useFieldPosition> <minSample>
 * <minFieldPositionSample> <smoothing>}, then one {@code cell <key> <wins> <plays>} per bucket.
 * Doubles are written with {@link Double#toString}, so {@code parse(format(m))} equals {@code m}
 * bit for bit.
 */
public final class InGameModelText {
    static final String HEADER = "precog-ingame-model 1";

    private InGameModelText() {}

    /**
     * Writes a model as text.
     *
     * @param m the model
     * @return the text form described above
     */
    public static String format(InGameModel m) {
        StringBuilder sb = new StringBuilder(64 * (m.lookup().cells().size() + 8));
        sb.append(HEADER).append('\n');
        sb.append("features ").append(InGameFeatures.VERSION).append('\n');
        appendPredictor(sb, "regulation", m.regulation());
        appendPredictor(sb, "overtime", m.overtime());
        WinProbabilityLookup.Config c = m.lookup().config();
        sb.append("lookup ").append(c.usePossession()).append(' ').append(c.useFieldPosition()).append(' ')
                .append(c.minSample()).append(' ').append(c.minFieldPositionSample()).append(' ').append(c.smoothing()).append('\n');
        for (Map.Entry<Integer, WinProbabilityLookup.Cell> e : m.lookup().cells().entrySet()) {
            sb.append("cell ").append(e.getKey()).append(' ').append(e.getValue().wins()).append(' ').append(e.getValue().plays()).append('\n');
        }
        return sb.toString();
    }

    private static void appendPredictor(StringBuilder sb, String name, LinearPredictor p) {
        sb.append(name).append(' ').append(p.intercept());
        for (double c : p.coefficients()) sb.append(' ').append(c);
        sb.append('\n');
    }

    /**
     * Parses {@link #format} output.
     *
     * @param text the text form
     * @return the model, equal bit for bit to the one formatted
     * @throws IllegalArgumentException if the text is malformed (the message names the line)
     */
    public static InGameModel parse(String text) {
        if (text == null) throw new IllegalArgumentException("text: must not be null");
        String[] lines = text.split("\n");
        if (lines.length < 5 || !lines[0].strip().equals(HEADER)) throw new IllegalArgumentException("text: line 1 must be '" + HEADER + "'");
        String[] f = fields(lines, 1, "features", 2);
        if (!f[1].equals(InGameFeatures.VERSION)) throw new IllegalArgumentException("text: line 2: unknown feature set '" + f[1] + "', expected " + InGameFeatures.VERSION);
        LinearPredictor reg = predictor(lines, 2, "regulation");
        LinearPredictor ot = predictor(lines, 3, "overtime");
        String[] l = fields(lines, 4, "lookup", 6);
        WinProbabilityLookup.Config cfg;
        try {
            cfg = new WinProbabilityLookup.Config(bool(l[1], 5), bool(l[2], 5), Double.parseDouble(l[3]),
                    Double.parseDouble(l[4]), Double.parseDouble(l[5]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("text: line 5: bad number: " + e.getMessage());
        }
        Map<Integer, WinProbabilityLookup.Cell> cells = new TreeMap<>();
        for (int i = 5; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] c = fields(lines, i, "cell", 4);
            try {
                cells.put(Integer.parseInt(c[1]), new WinProbabilityLookup.Cell(Double.parseDouble(c[2]), Double.parseDouble(c[3])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("text: line " + (i + 1) + ": bad number: " + e.getMessage());
            }
        }
        return new InGameModel(reg, ot, new WinProbabilityLookup(cfg, cells));
    }

    private static boolean bool(String s, int line) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("text: line " + line + ": expected true or false, was '" + s + "'");
        };
    }

    private static String[] fields(String[] lines, int i, String tag, int n) {
        String[] f = lines[i].strip().split(" ");
        if (!f[0].equals(tag) || f.length != n) {
            throw new IllegalArgumentException("text: line " + (i + 1) + ": expected '" + tag + "' with " + (n - 1) + " values");
        }
        return f;
    }

    private static LinearPredictor predictor(String[] lines, int i, String tag) {
        String[] f = fields(lines, i, tag, InGameFeatures.COUNT + 2);
        double[] c = new double[InGameFeatures.COUNT];
        try {
            for (int j = 0; j < c.length; j++) c[j] = Double.parseDouble(f[j + 2]);
            return new LinearPredictor(Double.parseDouble(f[1]), c);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("text: line " + (i + 1) + ": bad number: " + e.getMessage());
        }
    }
}
