package com.precog.application.service.session;

import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.ProbabilitySource;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.TeamId;
import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.StandardNormal;
import com.precog.domain.money.Probability;
import com.precog.domain.strategy.EntryContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Markets linked to live games (the game feed's {@link GameState}s), and what the session needs
 * from them: each game's situation for the strategy windows, and the model probability of each
 * market's YES side.
 *
 * <p>The model: before kick-off, the pre-game home win probability from the team ratings (Elo
 * replayed over the bundled history); in play, the normal in-game model (SPEC §4: the final margin
 * is normal around the current lead plus the pre-game expected margin scaled by the time left).
 * Final, postponed and canceled games have no estimate. Every estimate carries a fixed
 * {@code confidence} (the live ensemble's agreement confidence is not wired yet).
 */
public final class LinkedGames implements ProbabilitySource, LiveMarkets.Situations {
    /** Pre-game home win probability of a game, empty when a team is unknown. */
    @FunctionalInterface
    public interface PregameRatings {
        OptionalDouble homeWinProbability(TeamId home, TeamId away, LocalDate date, boolean neutral);
    }

    private static final long NFL_PERIOD_SECONDS = 15 * 60;

    private final Function<GameId, Optional<GameState>> states;
    private final PregameRatings ratings;
    private final NormalInGameModel model;
    private final Probability confidence;
    private final String modelVersion;
    private final ConcurrentHashMap<String, GameLink.Linked> byTicker = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, GameId> byEvent = new ConcurrentHashMap<>();

    public LinkedGames(Function<GameId, Optional<GameState>> states, PregameRatings ratings, NormalInGameModel model, Probability confidence,
                       String modelVersion) {
        this.states = Objects.requireNonNull(states, "states");
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.model = Objects.requireNonNull(model, "model");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
    }

    /** Links a market ticker to its game (from {@code GameLinker}). */
    public void link(String marketTicker, GameLink.Linked link) {
        byTicker.put(marketTicker, link);
        byEvent.put(link.ticker().eventTicker(), link.game());
    }

    /** The game of a market, when linked. */
    public Optional<GameId> gameOf(String marketTicker) {
        GameLink.Linked l = byTicker.get(marketTicker);
        return l == null ? Optional.empty() : Optional.of(l.game());
    }

    /** The event tickers (session game ids) linked to a game. */
    public java.util.List<String> eventsOf(GameId game) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var e : byEvent.entrySet()) if (e.getValue().equals(game)) out.add(e.getKey());
        return out;
    }

    /** Linked markets. */
    public int linkedMarkets() {
        return byTicker.size();
    }

    @Override
    public Optional<ProbabilityEstimate> estimate(String marketTicker) {
        GameLink.Linked link = byTicker.get(marketTicker);
        if (link == null || link.yesSide().isEmpty()) return Optional.empty();
        Optional<GameState> maybe = states.apply(link.game());
        if (maybe.isEmpty()) return Optional.empty();
        GameState g = maybe.get();
        OptionalDouble home = homeWinProbability(g);
        if (home.isEmpty()) return Optional.empty();
        double yes = link.yesSide().get() == GameLink.YesSide.HOME ? home.getAsDouble() : 1.0 - home.getAsDouble();
        return Optional.of(ProbabilityEstimate.point(Probability.ofDoubleClamped(yes), confidence, modelVersion, g.observedAt()));
    }

    /** The model's home win probability now, empty for finished or unknown games. */
    OptionalDouble homeWinProbability(GameState g) {
        LocalDate day = g.scheduledStart().atZone(com.precog.domain.game.GameLinker.GAME_DAY_ZONE).toLocalDate();
        OptionalDouble pre = ratings.homeWinProbability(g.home(), g.away(), day, g.neutralSite());
        if (pre.isEmpty()) return OptionalDouble.empty();
        return switch (g.status()) {
            case SCHEDULED, DELAYED -> pre;
            case IN_PROGRESS, HALFTIME, END_OF_PERIOD -> {
                double expectedMargin = model.sigma() * StandardNormal.inverseCdf(clamp(pre.getAsDouble()));
                double minutesLeft = secondsLeft(g) / 60.0;
                yield OptionalDouble.of(model.homeWinProbability(g.homeMargin(), minutesLeft, expectedMargin));
            }
            default -> OptionalDouble.empty();
        };
    }

    private static double clamp(double p) {
        return Math.max(1e-6, Math.min(1 - 1e-6, p));
    }

    @Override
    public Optional<EntryContext> situation(String gameId, String league, Instant now) {
        GameId id = byEvent.get(gameId);
        if (id == null) return Optional.empty();
        Optional<GameState> maybe = states.apply(id);
        if (maybe.isEmpty()) return Optional.empty();
        GameState g = maybe.get();
        String lg = league.isEmpty() ? g.league().name() : league;
        int lead = Math.abs(g.homeMargin());
        boolean leaderHasBall = lead > 0 && g.situation().possession()
                .map(t -> t.equals(g.homeMargin() > 0 ? g.home() : g.away())).orElse(false);
        return Optional.of(switch (g.status()) {
            case SCHEDULED, DELAYED -> EntryContext.pregame(lg, Math.max(0, Duration.between(now, g.scheduledStart()).toSeconds()));
            case HALFTIME -> new EntryContext(lg, EntryContext.Phase.HALFTIME, 0, 0, secondsLeft(g), lead, leaderHasBall, -1);
            case IN_PROGRESS, END_OF_PERIOD -> new EntryContext(lg, EntryContext.Phase.IN_PROGRESS, 0,
                    g.period() == 3 ? Math.max(0, NFL_PERIOD_SECONDS - g.clockSeconds()) : -1, secondsLeft(g), lead, leaderHasBall, -1);
            default -> new EntryContext(lg, EntryContext.Phase.FINAL, 0, -1, 0, lead, false, -1);
        });
    }

    /** Game seconds left in regulation (NFL/NCAAF: four 15-minute quarters); in overtime, the clock. */
    static long secondsLeft(GameState g) {
        if (g.status() == GameStatus.HALFTIME) return 2 * NFL_PERIOD_SECONDS;
        if (g.period() > 4) return Math.max(0, g.clockSeconds());
        int period = Math.max(1, g.period());
        return Math.max(0, (4 - period) * NFL_PERIOD_SECONDS + g.clockSeconds());
    }
}
