package com.precog.domain.game;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the abbreviations other sources use (ESPN, Kalshi, FiveThirtyEight) to Precog's
 * {@link TeamId}s. NFL codes differ between all sources (ESPN {@code WSH}/{@code LV}, Kalshi
 * {@code JAC}/{@code LA}, FiveThirtyEight {@code OAK}); college codes are ESPN's abbreviations,
 * which Kalshi spells differently for some teams ({@code TXAM} for ESPN's {@code TA&M}); other
 * leagues keep ESPN's abbreviation.
 */
public final class TeamCodes {
    private static final Map<String, String> NFL_ALIASES = Map.of(
            "WSH", "WAS",
            "LV", "LVR",
            "OAK", "LVR",
            "JAC", "JAX",
            "LA", "LAR",
            "SD", "LAC");

    /**
     * Kalshi college football code → ESPN abbreviation, only where they are known to differ. Each
     * pair has public evidence for both sides (Kalshi tickers and ESPN data as seen in public code):
     * <ul>
     *   <li>TXAM → TA&amp;M: Kalshi KXNCAAFGAME-25OCT25TXAMLSU and -25NOV28TXAMTEX; ESPN team 245 "TA&amp;M"
     *       (scoreboards; this project's NCAAF fixture).</li>
     *   <li>OKLA → OU: Kalshi KXNCAAFGAME-25OCT25MISSOKLA-OKLA; ESPN team 201 "OU" (two public Kalshi↔ESPN
     *       matchers measured against live ESPN data).</li>
     *   <li>NW → NU: Kalshi KXNCAAFGAME-25NOV07NWUSC-USC; ESPN {@code /teams} lists team 77 as "NU".</li>
     *   <li>CCAR → CCU: Kalshi KXNCAAFGAME-25DEC30CCARLT (Coastal Carolina at Louisiana Tech); ESPN
     *       {@code /teams} lists team 324 as "CCU".</li>
     *   <li>MIZZ → MIZ: Kalshi KXNCAAFGAME-25OCT11ALAMIZZ-ALA; ESPN "MIZ" (both public matchers, measured live).</li>
     *   <li>NCST → NCSU (NC State) and BSU → BOIS (Boise State): both public matchers, one of them a measured
     *       KXNCAAFGAME ↔ ESPN crosswalk.</li>
     *   <li>SCAR → SC (South Carolina) and IND → IU (Indiana): one public matcher, checked against ESPN's
     *       {@code /teams}; Kalshi's spelling seen on its college win-total series. ESPN's scoreboards and
     *       rankings have also shown Indiana as "IND", which still matches (a Kalshi code also matches its
     *       own spelling, see {@link #kalshiCodeDenotes}).</li>
     * </ul>
     * The many codes both sides spell alike (M-OH, FRES, LSU, MISS, UGA, USC, ...) need no entry.
     */
    private static final Map<String, String> NCAAF_KALSHI_TO_ESPN = Map.of(
            "TXAM", "TA&M",
            "OKLA", "OU",
            "NW", "NU",
            "CCAR", "CCU",
            "MIZZ", "MIZ",
            "NCST", "NCSU",
            "BSU", "BOIS",
            "SCAR", "SC",
            "IND", "IU");

    private TeamCodes() {}

    /** The team an ESPN scoreboard abbreviation denotes. */
    public static TeamId fromEspn(League league, String abbreviation) {
        return canonical(league, abbreviation);
    }

    /**
     * The team a Kalshi ticker code denotes (e.g. {@code JAC} → {@code NFL:JAX},
     * {@code TXAM} → {@code NCAAF:TA&M}).
     */
    public static TeamId fromKalshi(League league, String code) {
        if (league == League.NCAAF && code != null) {
            String espn = NCAAF_KALSHI_TO_ESPN.get(code.trim().toUpperCase(Locale.ROOT));
            if (espn != null) return TeamId.of(league, espn);
        }
        return canonical(league, code);
    }

    /**
     * Whether a Kalshi ticker code can denote {@code team}: the code's own spelling (through the
     * NFL aliases) or, for college football, its known ESPN spelling ({@code TXAM} denotes
     * {@code NCAAF:TA&M}; {@code IND} denotes Indiana whether ESPN says {@code IND} or {@code IU}).
     * A blank code or a team of another league denotes nothing. Never throws on an odd code: the
     * linker tries every split of a ticker's run-together codes.
     */
    public static boolean kalshiCodeDenotes(League league, String code, TeamId team) {
        if (league == null || team == null || team.league() != league || code == null || code.isBlank()) return false;
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (league == League.NCAAF && team.code().equals(NCAAF_KALSHI_TO_ESPN.get(upper))) return true;
        if (league == League.NFL) upper = NFL_ALIASES.getOrDefault(upper, upper);
        return team.code().equals(upper);
    }

    /**
     * Canonical team for a code of any source. For the NFL, historical codes of franchises that
     * moved ({@code OAK}, {@code SD}) map to today's franchise id; {@code STL} is left alone (Rams or Cardinals).
     */
    public static TeamId canonical(League league, String code) {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("team code must not be blank");
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (league == League.NFL) upper = NFL_ALIASES.getOrDefault(upper, upper);
        return TeamId.of(league, upper);
    }
}
