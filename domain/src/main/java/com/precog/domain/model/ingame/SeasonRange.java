package com.precog.domain.model.ingame;

/**
 * Seasons {@code first..last} inclusive (a season is the year it starts in; first ≤ last). Parsed from {@code "2009-2020"} or {@code "2021"}.
 * Immutable.
 *
 * @param first the first season, at least 1900
 * @param last the last season, at most 2200, not before {@code first}
 */
public record SeasonRange(int first, int last) {
    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException unless {@code 1900 <= first <= last <= 2200}
     */
    public SeasonRange {
        if (first < 1900 || last > 2200 || first > last) {
            throw new IllegalArgumentException("seasons must satisfy 1900 <= first <= last <= 2200, was " + first + "-" + last);
        }
    }

    /** {@return every season, 1900–2200} */
    public static SeasonRange all() {
        return new SeasonRange(1900, 2200);
    }

    /**
     * Parses a range.
     *
     * @param text {@code "2009-2020"} or {@code "2021"}
     * @return the range
     * @throws IllegalArgumentException if the text is not a season or a range of seasons, or the range is invalid
     */
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

    /**
     * Membership.
     *
     * @param season a season
     * @return {@code true} when {@code first <= season <= last}
     */
    public boolean contains(int season) {
        return season >= first && season <= last;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
