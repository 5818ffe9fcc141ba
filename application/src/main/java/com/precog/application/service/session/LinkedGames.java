package com.precog.application.service.session;

import com.precog.application.port.out.ProbabilityEstimate;
import com.precog.application.port.out.PregamePrices;
import com.precog.application.port.out.ProbabilitySource;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.TeamId;
import com.precog.domain.game.Situation;
import com.precog.domain.model.Ensemble;
import com.precog.domain.model.EnsembleWeights;
import com.precog.domain.model.ModelEstimate;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.NormalInGameModel;
import com.precog.domain.model.StandardNormal;
import com.precog.domain.model.ingame.FallbackCounts;
import com.precog.domain.model.ingame.FeatureFallback;
import com.precog.domain.model.ingame.InGameSituation;
import com.precog.domain.model.ingame.Possession;
import com.precog.domain.money.Probability;
import com.precog.domain.strategy.EntryContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Markets linked to live games (the game feed's {@link GameState}s), and what the session needs
 * from them: each game's situation for the strategy windows, and the model probability of each
 * market's YES side.
 *
 * <p>The model: before kick-off, the pre-game home win probability from the team ratings (Elo
 * replayed over the bundled history). In play, the ACTIVE fitted in-game version
 * ({@link ActiveInGameModel}: type {@code in_game_logistic}, passed the SPEC §3 gate) on the
 * features of the feed's {@link GameState} (score, clock, period, possession, down, distance, yard
 * line; timeouts when the feed has them) and the pre-game expected margin {@code 13.45·Φ⁻¹(p)}, where
 * {@code p} is the Kalshi pre-game price of the game when the session saw one ({@link #observeQuote}:
 * the mid of the last two-sided quote, spread at most {@link #MAX_PREGAME_SPREAD_MICROS}, while the
 * feed still had the game scheduled or delayed before its first period; kept in {@link PregamePrices}
 * when the game is first priced in play, so a session restarted mid-game finds it), else the Elo
 * probability. Every field the feed lacks takes its explicit {@code FeatureFallback} and is
 * counted ({@link #modelHealth()}). With no active version, the normal in-game model (SPEC §3) prices
 * in play. Final, postponed and canceled games have no estimate.
 *
 * <p>Confidence (SPEC §3 "confidence from member agreement"): the estimate's members are combined by
 * the domain {@link Ensemble}; in play the members are {@code ingame} (the active version) and
 * {@code normal} (the normal model on the same lead, clock and expected margin), and the confidence
 * is the ensemble's agreement {@code 1 − min(1, sd/agreementScale)} with its 95% interval. The price
 * is the active version's own probability (the gate judged that version alone, so only it may
 * price); the normal model only votes on agreement. When one member is present (before kick-off:
 * Elo; in play without an active version: the normal model) the SPEC rule gives that member's own
 * confidence ({@link Settings#singleMemberConfidence()}). The estimate names the version that priced
 * it: the active version's {@code name@vM.m}, else {@link Settings#baselineVersion()}. Predictions
 * are computed once per game state and version (both markets of a game share them).
 */
public final class LinkedGames implements ProbabilitySource, LiveMarkets.Situations {
    /** Pre-game home win probability of a game, empty when a team is unknown. */
    @FunctionalInterface
    public interface PregameRatings {
        OptionalDouble homeWinProbability(TeamId home, TeamId away, LocalDate date, boolean neutral);
    }

    /** Ensemble member: the active fitted in-game version. */
    public static final String INGAME = "ingame";
    /** Ensemble member: the normal in-game model. */
    public static final String NORMAL = "normal";

    /**
     * How live estimates are combined.
     *
     * @param agreement              the members' agreement ensemble (weights of {@link #INGAME} and {@link #NORMAL}, agreement scale)
     * @param singleMemberConfidence the confidence of an estimate with one member (Elo before kick-off, the normal model alone)
     * @param baselineVersion        the model version named on estimates of Elo and the normal model
     */
    public record Settings(EnsembleWeights agreement, Probability singleMemberConfidence, String baselineVersion) {
        public Settings {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(singleMemberConfidence, "singleMemberConfidence");
            if (baselineVersion == null || baselineVersion.isBlank()) throw new IllegalArgumentException("baselineVersion must not be blank");
            if (agreement.weight(INGAME) <= 0 || agreement.weight(NORMAL) <= 0) {
                throw new IllegalArgumentException("agreement needs positive weights for " + INGAME + " and " + NORMAL + ", was " + agreement.weights());
            }
        }

        /** Equal members, no shrinkage, agreement scale 0.25 (sd 0.25 → confidence 0); one member 0.75; baseline {@code elo_normal_ingame_nfl@1.0}. */
        public static Settings defaults() {
            java.util.Map<String, Double> w = new java.util.LinkedHashMap<>();
            w.put(INGAME, 1.0);
            w.put(NORMAL, 1.0);
            return new Settings(new EnsembleWeights(w, 0.0, EnsembleWeights.DEFAULT_AGREEMENT_SCALE), Probability.of("0.75"),
                    "elo_normal_ingame_nfl@1.0");
        }
    }

    /**
     * What {@code precog health} shows about live in-game pricing.
     *
     * @param inUse       the active version {@code name@vM.m}, or {@value ActiveInGameModel#NORMAL_BASELINE}
     * @param problem     why an active version could not be used, empty when fine
     * @param predictions predictions of the active version so far (one per game state)
     * @param baseline    in-play predictions of the normal model alone so far
     * @param fallbacks   every feature fallback's count so far, in {@link FeatureFallback} order
     * @param marginFromMarket in-play predictions whose pre-game expected margin came from the Kalshi pre-game price
     * @param marginFromElo    in-play predictions whose pre-game expected margin came from Elo (no pre-game quote seen)
     */
    public record ModelHealth(String inUse, String problem, long predictions, long baseline, java.util.Map<FeatureFallback, Long> fallbacks,
                              long marginFromMarket, long marginFromElo) {
        public ModelHealth {
            Objects.requireNonNull(inUse, "inUse");
            problem = problem == null ? "" : problem;
            fallbacks = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(fallbacks));
            if (marginFromMarket < 0 || marginFromElo < 0) throw new IllegalArgumentException("margin source counts must not be negative");
        }

        /** {@return the sum of the fallback counts} */
        public long fallbacksTotal() {
            long t = 0;
            for (long c : fallbacks.values()) t += c;
            return t;
        }
    }

    /** A game's home-side estimate for one game state and model. */
    private record HomeEstimate(GameState state, ModelRef model, ModelEstimate home, String version) { }

    private static final long NFL_PERIOD_SECONDS = 15 * 60;
    /** Each team starts a half with 3 timeouts (NFL and NCAA football). */
    private static final int SECOND_HALF_TIMEOUTS = 3;

    private final Function<GameId, Optional<GameState>> states;
    private final PregameRatings ratings;
    private final NormalInGameModel model;
    private final ActiveInGameModel active;
    private final Settings settings;
    private final Ensemble agreement;
    private final FallbackCounts fallbacks = FallbackCounts.create();
    private final AtomicLong predictions = new AtomicLong();
    private final AtomicLong baseline = new AtomicLong();
    private final ConcurrentHashMap<String, GameLink.Linked> byTicker = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, GameId> byEvent = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<GameId, HomeEstimate> lastEstimate = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<GameId, PregameQuote> pregameQuotes = new ConcurrentHashMap<>();
    private final AtomicLong marginFromMarket = new AtomicLong();
    private final AtomicLong marginFromElo = new AtomicLong();

    /** A pre-game quote wider than this (YES ask − YES bid) says little about the game: it is not recorded. */
    public static final long MAX_PREGAME_SPREAD_MICROS = 100_000;

    /** The market's latest pre-game view of a game: the home side's probability in micros (updated in place, no allocation). */
    private static final class PregameQuote {
        volatile long homeMicros;
        volatile long atMillis;
        volatile String ticker;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LinkedGames.class);
    /** Where pre-game prices outlive the session (null: memory only). */
    private volatile PregamePrices store;
    /** Games whose price this session has written to, or looked up in, the store. */
    private final java.util.Set<GameId> stored = ConcurrentHashMap.newKeySet();
    private final java.util.Set<GameId> lookedUp = ConcurrentHashMap.newKeySet();

    /**
     * @param states   the current state of a game
     * @param ratings  pre-game home win probabilities
     * @param model    the normal in-game model (member and fallback)
     * @param active   the active fitted in-game version, if any
     * @param settings how members are combined
     */
    public LinkedGames(Function<GameId, Optional<GameState>> states, PregameRatings ratings, NormalInGameModel model, ActiveInGameModel active,
                       Settings settings) {
        this.states = Objects.requireNonNull(states, "states");
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.model = Objects.requireNonNull(model, "model");
        this.active = Objects.requireNonNull(active, "active");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.agreement = new Ensemble(settings.agreement());
    }

    /** Links a market ticker to its game (from {@code GameLinker}). */
    public void link(String marketTicker, GameLink.Linked link) {
        byTicker.put(marketTicker, link);
        byEvent.put(link.ticker().eventTicker(), link.game());
    }

    /**
     * A linked market's book changed: while the game is still scheduled (or delayed), a two-sided
     * quote with spread at most {@link #MAX_PREGAME_SPREAD_MICROS} becomes the game's pre-game price
     * (its mid, turned to the home side). The last one before kick-off sets the in-play expected
     * margin. Allocation-free after a game's first quote.
     *
     * @return whether the quote was recorded
     */
    public boolean observeQuote(String marketTicker, long yesBidMicros, long yesAskMicros, long nowMillis) {
        if (yesBidMicros <= 0 || yesAskMicros <= 0 || yesAskMicros - yesBidMicros > MAX_PREGAME_SPREAD_MICROS || yesAskMicros < yesBidMicros) {
            return false;
        }
        GameLink.Linked link = byTicker.get(marketTicker);
        if (link == null || link.yesSide().isEmpty()) return false;
        Optional<GameState> state = states.apply(link.game());
        if (state.isEmpty()) return false;
        GameStatus status = state.get().status();
        // scheduled, or delayed before the first period (a weather delay in play is not a pre-game price)
        if (status != GameStatus.SCHEDULED && status != GameStatus.DELAYED || state.get().period() > 0) return false;
        long mid = (yesBidMicros + yesAskMicros) / 2;
        long home = link.yesSide().get() == GameLink.YesSide.HOME ? mid : 1_000_000L - mid;
        PregameQuote q = pregameQuotes.computeIfAbsent(link.game(), k -> new PregameQuote());
        q.homeMicros = home;
        q.atMillis = nowMillis;
        q.ticker = marketTicker;
        return true;
    }

    /**
     * Keeps pre-game prices in {@code store}: the last quote before kick-off is written when the
     * game is first priced in play, and a session that saw no pre-game quote of a game (started
     * after kick-off) reads it from there, so a restart mid-game keeps the market's margin. A store
     * that fails is logged and the session goes on (Elo margin).
     */
    public void usePregamePrices(PregamePrices store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The game's pre-game home probability from its market, when the session saw a pre-game quote. */
    public OptionalDouble pregameMarketProbability(GameId game) {
        PregameQuote q = pregameQuotes.get(game);
        return q == null ? OptionalDouble.empty() : OptionalDouble.of(q.homeMicros / 1e6);
    }

    /** The market's pre-game price of a game in play: this session's last pre-game quote (then kept in the store), else the store's. */
    private OptionalDouble marketPrior(GameId game) {
        PregameQuote q = pregameQuotes.get(game);
        PregamePrices s = store;
        if (q != null) {
            if (s != null && stored.add(game)) {
                try {
                    s.record(new PregamePrices.PregamePrice(game, q.ticker, Probability.ofMillionths(Math.max(1, Math.min(999_999, q.homeMicros))),
                            Instant.ofEpochMilli(q.atMillis)));
                } catch (RuntimeException e) {
                    LOG.warn("cannot keep the pre-game price of {} ({}); it is used in this session only", game, e.getMessage());
                }
            }
            return OptionalDouble.of(q.homeMicros / 1e6);
        }
        if (s != null && lookedUp.add(game)) {
            try {
                Optional<PregamePrices.PregamePrice> kept = s.find(game);
                if (kept.isPresent()) {
                    PregameQuote k = new PregameQuote();
                    k.homeMicros = kept.get().homeProbability().millionths();
                    k.atMillis = kept.get().observedAt().toEpochMilli();
                    k.ticker = kept.get().marketTicker();
                    stored.add(game);
                    pregameQuotes.putIfAbsent(game, k);
                    LOG.info("pre-game price of {} from the store: {} ({} at {})", game, kept.get().homeProbability(), k.ticker, kept.get().observedAt());
                    return OptionalDouble.of(pregameQuotes.get(game).homeMicros / 1e6);
                }
            } catch (RuntimeException e) {
                LOG.warn("cannot read the pre-game price of {} ({}); Elo sets its margin", game, e.getMessage());
            }
        }
        return OptionalDouble.empty();
    }

    /** The game of a market, when linked. */
    public Optional<GameId> gameOf(String marketTicker) {
        GameLink.Linked l = byTicker.get(marketTicker);
        return l == null ? Optional.empty() : Optional.of(l.game());
    }

    /**
     * A lower bound of the seconds a linked market's game still has to run: for a live game the game
     * clock left in regulation (the current period's clock plus the periods after it; in overtime the
     * overtime clock), for a game not yet started the time to kick-off plus a whole regulation game.
     * Real time always runs longer than the game clock, so the game cannot end sooner. Empty when the
     * market is not linked, the feed has no state, the league has no clock, or the game is over.
     *
     * @param marketTicker the market
     * @param now the time now
     * @return seconds, {@code >= 0}, or empty
     */
    public OptionalLong gameClockSecondsLeft(String marketTicker, Instant now) {
        GameLink.Linked link = byTicker.get(marketTicker);
        if (link == null) return OptionalLong.empty();
        Optional<GameState> state = states.apply(link.game());
        if (state.isEmpty()) return OptionalLong.empty();
        GameState g = state.get();
        League league = g.league();
        if (!league.hasClock()) return OptionalLong.empty();
        long regulation = (long) league.regulationPeriods() * league.periodSeconds();
        if (g.status() == GameStatus.SCHEDULED || g.status() == GameStatus.POSTPONED || (g.status() == GameStatus.DELAYED && g.period() == 0)) {
            return OptionalLong.of(Math.max(0, Duration.between(now, g.scheduledStart()).toSeconds()) + regulation);
        }
        if (!g.status().isLive() && g.status() != GameStatus.SUSPENDED) return OptionalLong.empty();
        long clock = Math.max(0, g.clock().toSeconds());
        if (g.period() > league.regulationPeriods()) return OptionalLong.of(clock);
        int period = Math.max(1, g.period());
        return OptionalLong.of((long) (league.regulationPeriods() - period) * league.periodSeconds() + Math.min(clock, league.periodSeconds()));
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
        Optional<HomeEstimate> home = homeEstimate(maybe.get());
        if (home.isEmpty()) return Optional.empty();
        HomeEstimate h = home.get();
        ModelEstimate yes = link.yesSide().get() == GameLink.YesSide.HOME ? h.home() : h.home().complement();
        Probability p = Probability.ofDoubleClamped(yes.probability());
        Probability lo = min(p, Probability.ofDoubleClamped(yes.lower()));
        Probability hi = max(p, Probability.ofDoubleClamped(yes.upper()));
        return Optional.of(new ProbabilityEstimate(p, lo, hi, Probability.ofDoubleClamped(yes.confidence()), h.version(), maybe.get().observedAt()));
    }

    /** The model's home win probability now, empty for finished or unknown games. */
    OptionalDouble homeWinProbability(GameState g) {
        Optional<HomeEstimate> h = homeEstimate(g);
        return h.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(h.get().home().probability());
    }

    /** {@return the in-game model in use, its prediction and fallback counts} */
    public ModelHealth modelHealth() {
        return new ModelHealth(active.inUse(), active.problem(), predictions.get(), baseline.get(), fallbacks.snapshot(), marginFromMarket.get(),
                marginFromElo.get());
    }

    /** The home-side estimate of a game state, computed once per state and model version. */
    private Optional<HomeEstimate> homeEstimate(GameState g) {
        Optional<ActiveInGameModel.Loaded> loaded = active.current();
        ModelRef modelKey = loaded.map(ActiveInGameModel.Loaded::ref).orElse(null); // null: the normal baseline
        HomeEstimate cached = lastEstimate.get(g.id());
        if (cached != null && cached.state().sameContentAs(g) && Objects.equals(cached.model(), modelKey)) return Optional.of(cached);
        Optional<HomeEstimate> fresh = compute(g, loaded, modelKey);
        if (fresh.isPresent()) lastEstimate.put(g.id(), fresh.get());
        else lastEstimate.remove(g.id());
        return fresh;
    }

    private Optional<HomeEstimate> compute(GameState g, Optional<ActiveInGameModel.Loaded> loaded, ModelRef modelKey) {
        LocalDate day = g.scheduledStart().atZone(com.precog.domain.game.GameLinker.GAME_DAY_ZONE).toLocalDate();
        OptionalDouble pre = ratings.homeWinProbability(g.home(), g.away(), day, g.neutralSite());
        double single = settings.singleMemberConfidence().millionths() / 1e6;
        switch (g.status()) {
            case SCHEDULED, DELAYED -> {
                // a delay after kick-off (weather) is a game in play: its score and clock price it, never the pre-game rating
                if (g.status() == GameStatus.DELAYED && g.period() > 0) return inPlay(g, loaded, modelKey, pre, single);
                if (pre.isEmpty()) return Optional.empty();
                return Optional.of(new HomeEstimate(g, modelKey, ModelEstimate.point(pre.getAsDouble(), single), settings.baselineVersion()));
            }
            case IN_PROGRESS, HALFTIME, END_OF_PERIOD -> {
                return inPlay(g, loaded, modelKey, pre, single);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<HomeEstimate> inPlay(GameState g, Optional<ActiveInGameModel.Loaded> loaded, ModelRef modelKey, OptionalDouble pre, double single) {
        long left = secondsLeft(g);
        // no clock to price (college overtime's untimed possessions; a sport without a clock): no estimate, so no
        // entry, rather than the models' "no time left: the lead decides" certainty in a game still being played
        if (left < 0) return Optional.empty();
        OptionalDouble market = marketPrior(g.id());
        OptionalDouble prior = market.isPresent() ? market : pre; // the market's pre-game price, else Elo
        if (prior.isEmpty() && loaded.isEmpty()) return Optional.empty(); // the normal model needs the pre-game margin
        if (market.isPresent()) marginFromMarket.incrementAndGet();
        else if (pre.isPresent()) marginFromElo.incrementAndGet();
        double margin = prior.isEmpty() ? Double.NaN : model.sigma() * StandardNormal.inverseCdf(clamp(prior.getAsDouble()));
        double minutesLeft = left / 60.0;
        double normal = model.homeWinProbability(g.homeMargin(), minutesLeft, Double.isNaN(margin) ? 0.0 : margin);
        if (loaded.isEmpty()) {
            baseline.incrementAndGet();
            return Optional.of(new HomeEstimate(g, modelKey, ModelEstimate.point(normal, single), settings.baselineVersion()));
        }
        double fitted = loaded.get().model().predict(situationOf(g, margin), fallbacks).homeWinProbability();
        predictions.incrementAndGet();
        java.util.Map<String, ModelEstimate> members = new java.util.LinkedHashMap<>();
        members.put(INGAME, ModelEstimate.point(fitted, single));
        members.put(NORMAL, ModelEstimate.point(normal, single));
        ModelEstimate combined = agreement.combine(members);
        ModelEstimate priced = new ModelEstimate(fitted, combined.confidence(), Math.min(fitted, combined.lower()), Math.max(fitted, combined.upper()));
        return Optional.of(new HomeEstimate(g, modelKey, priced, loaded.get().ref().toString()));
    }

    /**
     * The fitted model's view of a live game state: every field the feed lacks is
     * {@link InGameSituation#UNKNOWN} (NaN margin), so the model's explicit fallback applies and is counted.
     * Halftime is the start of the third quarter, with 3 timeouts each (the second half's allowance);
     * otherwise timeouts are the feed's when it gives them.
     */
    static InGameSituation situationOf(GameState g, double expectedHomeMargin) {
        int period;
        int clock;
        Situation s = g.situation();
        int homeTimeouts = s.homeTimeouts().orElse(InGameSituation.UNKNOWN);
        int awayTimeouts = s.awayTimeouts().orElse(InGameSituation.UNKNOWN);
        if (g.status() == GameStatus.HALFTIME) {
            period = 3;
            clock = (int) NFL_PERIOD_SECONDS;
            homeTimeouts = SECOND_HALF_TIMEOUTS;
            awayTimeouts = SECOND_HALF_TIMEOUTS;
        } else {
            period = Math.max(1, g.period());
            clock = (int) Math.max(0, Math.min(NFL_PERIOD_SECONDS, g.clockSeconds()));
        }
        Possession possession = s.possession().map(t -> t.equals(g.home()) ? Possession.HOME : t.equals(g.away()) ? Possession.AWAY : Possession.UNKNOWN)
                .orElse(Possession.UNKNOWN);
        int down = s.down().orElse(InGameSituation.UNKNOWN);
        int distance = s.distance().orElse(InGameSituation.UNKNOWN);
        int yardLine = s.yardsToEndZone().orElse(InGameSituation.UNKNOWN);
        return new InGameSituation(g.homeScore(), g.awayScore(), period, clock, possession, down, distance, yardLine,
                homeTimeouts, awayTimeouts, expectedHomeMargin);
    }

    private static Probability min(Probability a, Probability b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Probability max(Probability a, Probability b) {
        return a.compareTo(b) >= 0 ? a : b;
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
        // a date without a kick-off time (TBD): no pre-game window can be measured from a placeholder time
        if (!g.startTimeKnown() && (g.status() == GameStatus.SCHEDULED || g.status() == GameStatus.DELAYED)) return Optional.empty();
        String lg = league.isEmpty() ? g.league().name() : league;
        int lead = Math.abs(g.homeMargin());
        boolean leaderHasBall = lead > 0 && g.situation().possession()
                .map(t -> t.equals(g.homeMargin() > 0 ? g.home() : g.away())).orElse(false);
        // a delay after kick-off: no entry while play is stopped (the estimate still prices held positions)
        if (g.status() == GameStatus.DELAYED && g.period() > 0) return Optional.empty();
        boolean football = g.league().espnSport().equals("football");
        return Optional.of(switch (g.status()) {
            case SCHEDULED, DELAYED -> EntryContext.pregame(lg, Math.max(0, Duration.between(now, g.scheduledStart()).toSeconds()));
            case HALFTIME -> football ? new EntryContext(lg, EntryContext.Phase.HALFTIME, 0, 0, secondsLeft(g), lead, leaderHasBall, -1)
                    : new EntryContext(lg, EntryContext.Phase.IN_PROGRESS, 0, -1, secondsLeft(g), lead, leaderHasBall, -1);
            case IN_PROGRESS, END_OF_PERIOD -> new EntryContext(lg, EntryContext.Phase.IN_PROGRESS, 0,
                    football && g.period() == 3 ? Math.max(0, NFL_PERIOD_SECONDS - g.clockSeconds()) : -1, secondsLeft(g), lead, leaderHasBall, -1);
            default -> new EntryContext(lg, EntryContext.Phase.FINAL, 0, -1, 0, lead, false, -1);
        });
    }

    /**
     * Game seconds left in regulation, from the league's periods and clock (NFL/NCAAF: four 15-minute quarters, NHL: three
     * 20-minute periods); in overtime, the overtime clock. -1 when no clock says it: college overtime (untimed
     * possessions, ESPN shows 0:00) and sports without a clock (baseball).
     */
    static long secondsLeft(GameState g) {
        League l = g.league();
        if (!l.hasClock()) return -1;
        long periodSeconds = l.periodSeconds();
        if (g.status() == GameStatus.HALFTIME) return (long) (l.regulationPeriods() - l.halftimeAfterPeriod()) * periodSeconds;
        if (l.isOvertime(g.period())) return l.overtimeHasClock() ? Math.max(0, g.clockSeconds()) : -1;
        int period = Math.max(1, g.period());
        return Math.max(0, (l.regulationPeriods() - period) * periodSeconds + g.clockSeconds());
    }
}
