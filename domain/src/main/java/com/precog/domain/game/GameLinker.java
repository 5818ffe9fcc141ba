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
 * {@link TeamCodes#fromKalshi}), away-then-home first, home-then-away as a reported fallback.
 */
public final class GameLinker {
    /** Kalshi and ESPN date games by the US Eastern calendar. */
    public static final ZoneId GAME_DAY_ZONE = ZoneId.of("America/New_York");

    private GameLinker() {}

    public static GameLink link(String ticker, Collection<GameState> games) {
        return link(KalshiGameTicker.parse(ticker), games);
    }

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
            TeamId yesTeam = TeamCodes.fromKalshi(ticker.league(), ticker.yesTeamCode().get());
            if (yesTeam.equals(game.home())) yes = Optional.of(GameLink.YesSide.HOME);
            else if (yesTeam.equals(game.away())) yes = Optional.of(GameLink.YesSide.AWAY);
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
            if (TeamCodes.fromKalshi(ticker.league(), codes.substring(0, split)).equals(first)
                    && TeamCodes.fromKalshi(ticker.league(), codes.substring(split)).equals(second)) {
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
