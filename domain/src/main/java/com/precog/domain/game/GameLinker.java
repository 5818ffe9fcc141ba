package com.precog.domain.game;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Links a Kalshi game ticker to a game by league, date and teams, as a pure function. The
 * ticker's date is the US Eastern calendar day of the scheduled start. The run-together team
 * codes are matched by trying every split point against each candidate's teams (through
 * {@link TeamCodes#kalshiCodeDenotes}, so Kalshi's college spellings such as {@code TXAM} match
 * ESPN's {@code TA&M}), away-then-home first, home-then-away as a reported fallback. A ticker
 * with more than one reading (hyphenated college codes, {@link KalshiGameTicker#readings}) is
 * linked only when its readings name one game; two games are {@link GameLink.Ambiguous}.
 */
public final class GameLinker {
    /** Kalshi and ESPN date games by the US Eastern calendar. */
    public static final ZoneId GAME_DAY_ZONE = ZoneId.of("America/New_York");

    private GameLinker() {}

    /**
     * Links a ticker, trying each of its {@link KalshiGameTicker#readings}: the reading that names a
     * game wins; readings naming different games are ambiguous; with none, the outcome of the
     * first reading whose teams play at all (another day, or without the YES team), else of the first.
     *
     * @throws IllegalArgumentException when the ticker is not a game ticker (see {@link KalshiGameTicker#readings})
     */
    public static GameLink link(String ticker, Collection<GameState> games) {
        List<KalshiGameTicker> readings = KalshiGameTicker.readings(ticker);
        if (readings.size() == 1) return link(readings.get(0), games);
        List<GameLink.Linked> linked = new ArrayList<>();
        GameLink.Ambiguous ambiguous = null;
        GameLink notLinked = null;
        for (KalshiGameTicker reading : readings) {
            GameLink outcome = link(reading, games);
            switch (outcome) {
                case GameLink.Linked l -> linked.add(l);
                case GameLink.Ambiguous a -> { if (ambiguous == null) ambiguous = a; }
                case GameLink.Unmatched u -> { if (notLinked == null && teamsPlay(reading, games)) notLinked = u; }
            }
        }
        List<GameId> named = linked.stream().map(GameLink.Linked::game).distinct().toList();
        if (named.size() > 1) return new GameLink.Ambiguous(linked.get(0).ticker(), named);
        if (named.size() == 1) return linked.get(0);
        if (ambiguous != null) return ambiguous;
        return notLinked != null ? notLinked : link(readings.get(0), games);
    }

    /** Links one reading of a ticker (see {@link #link(String, Collection)} for a ticker with several). */
    public static GameLink link(KalshiGameTicker ticker, Collection<GameState> games) {
        List<GameState> sameDay = new ArrayList<>();
        List<GameState> otherDays = new ArrayList<>();
        for (GameState g : games) {
            if (g.league() != ticker.league()) continue;
            (gameDay(g).equals(ticker.date()) ? sameDay : otherDays).add(g);
        }
        List<GameState> straight = new ArrayList<>();
        List<GameState> reversed = new ArrayList<>();
        for (GameState g : sameDay) {
            if (codesMatch(ticker, g.away(), g.home())) straight.add(g);
            else if (codesMatch(ticker, g.home(), g.away())) reversed.add(g);
        }
        List<GameState> hits = straight.isEmpty() ? reversed : straight;
        if (hits.size() > 1) return new GameLink.Ambiguous(ticker, hits.stream().map(GameState::id).toList());
        if (hits.isEmpty()) return new GameLink.Unmatched(ticker, unmatchedReason(ticker, sameDay, otherDays));
        GameState game = hits.get(0);
        Optional<GameLink.YesSide> yes = Optional.empty();
        if (ticker.yesTeamCode().isPresent()) {
            String yesCode = ticker.yesTeamCode().get();
            if (TeamCodes.kalshiCodeDenotes(ticker.league(), yesCode, game.home())) yes = Optional.of(GameLink.YesSide.HOME);
            else if (TeamCodes.kalshiCodeDenotes(ticker.league(), yesCode, game.away())) yes = Optional.of(GameLink.YesSide.AWAY);
            else return new GameLink.Unmatched(ticker, "YES team " + ticker.yesTeamCode().get()
                    + " is neither " + game.away().code() + " nor " + game.home().code() + " of " + game.id());
        }
        return new GameLink.Linked(ticker, game.id(), straight.isEmpty(), yes);
    }

    /** The US Eastern calendar day a game is scheduled on. */
    public static LocalDate gameDay(GameState g) {
        return g.scheduledStart().atZone(GAME_DAY_ZONE).toLocalDate();
    }

    private static boolean codesMatch(KalshiGameTicker ticker, TeamId first, TeamId second) {
        String codes = ticker.teamCodes();
        for (int split = 1; split < codes.length(); split++) {
            if (TeamCodes.kalshiCodeDenotes(ticker.league(), codes.substring(0, split), first)
                    && TeamCodes.kalshiCodeDenotes(ticker.league(), codes.substring(split), second)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reading's teams play each other in any of {@code games}, whatever the day. */
    private static boolean teamsPlay(KalshiGameTicker ticker, Collection<GameState> games) {
        for (GameState g : games) {
            if (g.league() == ticker.league() && (codesMatch(ticker, g.away(), g.home()) || codesMatch(ticker, g.home(), g.away()))) {
                return true;
            }
        }
        return false;
    }

    private static String unmatchedReason(KalshiGameTicker ticker, List<GameState> sameDay, List<GameState> otherDays) {
        for (GameState g : otherDays) {
            if (codesMatch(ticker, g.away(), g.home()) || codesMatch(ticker, g.home(), g.away())) {
                return "no " + ticker.league() + " game of " + ticker.teamCodes() + " on " + ticker.date()
                        + "; the same teams play on " + gameDay(g) + " (" + g.id() + ")";
            }
        }
        return "no " + ticker.league() + " game on " + ticker.date() + " matches team codes " + ticker.teamCodes()
                + " (" + sameDay.size() + " games that day)";
    }
}
