package com.precog.runner.daemon;

import com.precog.application.service.models.HistoricalGamesCsv;
import com.precog.application.service.session.LinkedGames;
import com.precog.domain.game.League;
import com.precog.domain.game.TeamCodes;
import com.precog.domain.game.TeamId;
import com.precog.domain.model.EloGame;
import com.precog.domain.model.EloParameters;
import com.precog.domain.model.EloRatingBook;
import com.precog.domain.model.HistoricalGame;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * NFL team ratings for live sessions: Elo (the configured NFL parameters; SPEC's by default) replayed over every bundled real
 * game (1966–2022), then carried forward with the book's season reversion. Team codes are
 * canonicalised so that Kalshi, ESPN and the history agree. Other leagues have no ratings.
 */
public final class BundledEloRatings implements LinkedGames.PregameRatings {
    private final EloRatingBook book;
    private final Map<String, String> canonicalToHistory = new HashMap<>();
    private final int lastSeason;

    private BundledEloRatings(EloRatingBook book, int lastSeason) {
        this.book = book;
        this.lastSeason = lastSeason;
    }

    /** A replay done ahead by {@link #prefetch()}, handed to the next {@link #load()} only (never shared). */
    private static final java.util.concurrent.atomic.AtomicReference<BundledEloRatings> PREFETCHED = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Replays the bundled history now, for the next {@link #load()} of this JVM: the daemon calls it while its
     * database starts, so the replay (cold: CSV parsing before the JIT has warmed) is off the start-up path.
     */
    static void prefetch() {
        PREFETCHED.set(replay());
    }

    /** Replays the bundled history (about 17k games, tens of milliseconds), or takes the one {@link #prefetch()} made. */
    public static BundledEloRatings load() {
        return load(EloParameters.spec("nfl"));
    }

    /**
     * Replays the bundled history with {@code parameters} (the configured {@code elo.*}: ConfiguredModels.elo(config, NFL)),
     * or takes the one {@link #prefetch()} made when it used the same parameters.
     */
    public static BundledEloRatings load(EloParameters parameters) {
        BundledEloRatings ready = PREFETCHED.getAndSet(null);
        return ready != null && ready.book.elo().parameters().equals(parameters) ? ready : replay(parameters);
    }

    private static BundledEloRatings replay() {
        return replay(EloParameters.spec("nfl"));
    }

    private static BundledEloRatings replay(EloParameters parameters) {
        try (InputStream teams = resource("/historical/nfl_teams.csv"); InputStream scores = resource("/historical/nfl_scores_spreads_1966_2022.csv")) {
            Map<String, String> ids = HistoricalGamesCsv.readTeams(new InputStreamReader(teams, StandardCharsets.UTF_8));
            HistoricalGamesCsv.Result r = HistoricalGamesCsv.read(new InputStreamReader(scores, StandardCharsets.UTF_8), ids);
            EloRatingBook book = new EloRatingBook(parameters);
            int last = 0;
            for (HistoricalGame g : r.games()) {
                book.play(new EloGame(g.date(), g.season(), g.home(), g.away(), g.neutral(), g.playoff(), g.homeScore(), g.awayScore()));
                last = Math.max(last, g.season());
            }
            BundledEloRatings ratings = new BundledEloRatings(book, last);
            for (String team : book.ratings().keySet()) ratings.canonicalToHistory.put(TeamCodes.canonical(League.NFL, team).code(), team);
            return ratings;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled NFL history", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundledEloRatings.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("bundled resource " + name + " is missing from the runner jar");
        return in;
    }

    /** The last season in the bundled history. */
    public int lastSeason() {
        return lastSeason;
    }

    @Override
    public OptionalDouble homeWinProbability(TeamId home, TeamId away, LocalDate date, boolean neutral) {
        if (home.league() != League.NFL || away.league() != League.NFL) return OptionalDouble.empty();
        String h = canonicalToHistory.get(home.code());
        String a = canonicalToHistory.get(away.code());
        if (h == null || a == null) return OptionalDouble.empty();
        int season = date.getMonthValue() <= 2 ? date.getYear() - 1 : date.getYear();
        return OptionalDouble.of(book.pregame(h, a, date, Math.max(season, lastSeason), neutral).homeWinProbability());
    }
}
