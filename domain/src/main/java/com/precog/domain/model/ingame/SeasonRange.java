package com.precog.domain.model.ingame;

/** Seasons {@code first..last} inclusive (a season is the year it starts in; first ≤ last). Parsed from {@code "2009-2020"} or {@code "2021"}. */
public record SeasonRange(int first, int last) {
    public SeasonRange {
        if (first < 1900 || last > 2200 || first > last) {
            throw new IllegalArgumentException("seasons must satisfy 1900 <= first <= last <= 2200, was " + first + "-" + last);
        }
    }

    /** Every season. */
    public static SeasonRange all() {
        return new SeasonRange(1900, 2200);
    }

    public static SeasonRange parse(String text) {
        String t = text == null ? "" : text.strip();
        int dash = t.indexOf('-', 1);
        try {
            if (dash < 0) {
                int s = Integer.parseInt(t);
                return new SeasonRange(s, s);
            }
            return new SeasonRange(Integer.parseInt(t.substring(0, dash).strip()), Integer.parseInt(t.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seasons must look like 2009-2020 or 2021, was '" + text + "'");
        }
    }

    public boolean contains(int season) {
        return season >= first && season <= last;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
