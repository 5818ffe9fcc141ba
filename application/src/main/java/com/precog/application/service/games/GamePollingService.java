package com.precog.application.service.games;

import com.precog.application.port.out.games.GameEvents;
import com.precog.application.port.out.games.GameFeed;
import com.precog.application.port.out.games.GameFeedException;
import com.precog.application.port.out.games.GameStates;
import com.precog.domain.game.GameEvent;
import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLinker;
import com.precog.domain.game.GameQuality;
import com.precog.domain.game.GameState;
import com.precog.domain.game.GameStatus;
import com.precog.domain.game.League;
import com.precog.domain.game.QualityIssue;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.TeamId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches games: polls each league's scoreboard (fast while a tracked game is live or about to
 * start, slowly otherwise), rejects stale scoreboards, checks every new observation against the
 * last good state of its game (flagging anomalies and keeping the good state), stores changed
 * states as SCD2 history and publishes a {@link GameEvent.StateChanged} for each change.
 * Time comes from the injected clock and scheduler; a league's polls never overlap.
 * "Tracked" games are those passed to {@link #track}; with none tracked, every game is.
 */
public final class GamePollingService {
    private static final Logger LOG = LoggerFactory.getLogger(GamePollingService.class);
    /** Before this Eastern hour, yesterday's late games are still polled too. */
    private static final int LATE_GAMES_UNTIL_HOUR = 6;

    private final GameFeed feed;
    private final GameStates states;
    private final GameEvents events;
    private final Clock clock;
    private final PollScheduler scheduler;
    private final PollingPolicy policy;
    private final List<League> leagues;
    private final Set<GameId> tracked = ConcurrentHashMap.newKeySet();
    private final Map<GameId, GameState> lastGood = new ConcurrentHashMap<>();
    private final Map<GameId, Suspect> suspects = new ConcurrentHashMap<>();
    private final Map<League, AtomicBoolean> inFlight = new EnumMap<>(League.class);
    private final Map<League, PollScheduler.Cancellable> pending = new ConcurrentHashMap<>();
    private volatile boolean running;

    public GamePollingService(GameFeed feed, GameStates states, GameEvents events, Clock clock, PollScheduler scheduler,
                              PollingPolicy policy, Collection<League> leagues) {
        this.feed = feed;
        this.states = states;
        this.events = events;
        this.clock = clock;
        this.scheduler = scheduler;
        this.policy = policy;
        this.leagues = List.copyOf(leagues);
        if (this.leagues.isEmpty()) throw new IllegalArgumentException("leagues must not be empty");
        for (League l : League.values()) inFlight.put(l, new AtomicBoolean());
    }

    /** Starts polling every league now; each poll schedules the next. */
    public void start() {
        running = true;
        for (League l : leagues) scheduleNext(l, Duration.ZERO);
    }

    /** Stops scheduling; a poll already running finishes. */
    public void stop() {
        running = false;
        pending.values().forEach(PollScheduler.Cancellable::cancel);
        pending.clear();
    }

    /** Adds games whose liveness decides the fast interval (e.g. games linked to traded markets). */
    public void track(Collection<GameId> games) {
        tracked.addAll(games);
    }

    /** The last accepted state of every game seen. */
    public List<GameState> currentGames() {
        return List.copyOf(lastGood.values());
    }

    public Optional<GameState> current(GameId id) {
        return Optional.ofNullable(lastGood.get(id));
    }

    /** Polls one league now (skipped if a poll of it is running). */
    public PollOutcome pollOnce(League league) {
        AtomicBoolean busy = inFlight.get(league);
        if (!busy.compareAndSet(false, true)) return new PollOutcome.Skipped(league);
        try {
            Instant now = clock.instant();
            int games = 0, changed = 0, anomalies = 0;
            Set<GameId> seen = new java.util.HashSet<>();
            for (LocalDate date : pollDates(league, now)) {
                Scoreboard board;
                try {
                    board = feed.scoreboard(league, date);
                } catch (GameFeedException e) {
                    LOG.warn("{} scoreboard {} failed: {}", league, date, e.getMessage());
                    return new PollOutcome.Failed(league, e.getMessage());
                }
                Duration age = Duration.between(board.observedAt(), now);
                if (age.compareTo(policy.maxAge()) > 0) {
                    LOG.warn("{} scoreboard {} rejected: data is {} s old (max {} s)", league, date, age.toSeconds(),
                            policy.maxAge().toSeconds());
                    events.publish(new GameEvent.StaleDataRejected(league, board.observedAt(), age, now));
                    return new PollOutcome.Stale(league, age);
                }
                board.warnings().forEach(w -> LOG.warn("{} scoreboard {}: {}", league, date, w));
                for (GameState g : board.games()) {
                    if (!seen.add(g.id())) continue;
                    games++;
                    switch (accept(g, now)) {
                        case CHANGED -> changed++;
                        case ANOMALY -> anomalies++;
                        case UNCHANGED -> { }
                    }
                }
            }
            return new PollOutcome.Polled(league, games, changed, anomalies);
        } finally {
            busy.set(false);
        }
    }

    /** How long to wait before the next poll of {@code league}, given what is known now. */
    public Duration nextDelay(League league) {
        Instant soon = clock.instant().plus(policy.idleInterval());
        for (GameState g : lastGood.values()) {
            if (g.league() != league || !(tracked.isEmpty() || tracked.contains(g.id()))) continue;
            if (g.isLive()) return policy.liveInterval();
            if (g.status() == com.precog.domain.game.GameStatus.SCHEDULED && g.scheduledStart().isBefore(soon)) {
                return policy.liveInterval();
            }
        }
        return policy.idleInterval();
    }

    private enum Verdict { CHANGED, UNCHANGED, ANOMALY }

    /**
     * What the quality checks judge in an observation: the teams, the scores, the period and the
     * status. A correction is confirmed by these repeating, not by the whole state: the clock,
     * the situation and the win probability move on every poll of a running game.
     */
    private record FlaggedFields(TeamId home, TeamId away, int homeScore, int awayScore, int period, GameStatus status) {
        static FlaggedFields of(GameState s) {
            return new FlaggedFields(s.home(), s.away(), s.homeScore(), s.awayScore(), s.period(), s.status());
        }
    }

    /** The flagged fields of a rejected observation and how many consecutive polls repeated them. */
    private record Suspect(FlaggedFields fields, int times) {}

    private Verdict accept(GameState observed, Instant now) {
        GameState previous = lastGood.get(observed.id());
        if (previous == null) previous = states.current(observed.id()).orElse(null);
        if (previous != null) {
            List<QualityIssue> issues = GameQuality.check(previous, observed);
            if (!issues.isEmpty() && !confirmedCorrection(observed, issues)) {
                LOG.warn("game {} observation rejected, keeping last good state: {}", observed.id(), issues);
                events.publish(new GameEvent.AnomalyFlagged(previous, observed, issues, now));
                return Verdict.ANOMALY;
            }
            suspects.remove(observed.id());
            if (observed.isLive() && observed.homeWinProbability().isEmpty() && previous.homeWinProbability().isPresent()
                    && previous.period() == observed.period()) {
                LOG.warn("game {}: win probability missing, keeping last known {}", observed.id(), previous.homeWinProbability().get());
                observed = observed.withHomeWinProbability(previous.homeWinProbability());
            }
            if (previous.sameContentAs(observed)) {
                lastGood.put(observed.id(), observed);
                return Verdict.UNCHANGED;
            }
        }
        states.record(observed);
        lastGood.put(observed.id(), observed);
        events.publish(new GameEvent.StateChanged(Optional.ofNullable(previous), observed, now));
        return Verdict.CHANGED;
    }

    /**
     * Whether the source has now shown the same flagged fields (teams, scores, period, status) in
     * {@link PollingPolicy#correctionConfirmations()} consecutive polls: then it is an official
     * correction (a reversed touchdown, a period reached during a feed gap) and is accepted with a
     * warning. The rest of the state may differ from poll to poll: a running clock never repeats.
     */
    private boolean confirmedCorrection(GameState observed, List<QualityIssue> issues) {
        int needed = policy.correctionConfirmations();
        if (needed == 0) return false;
        FlaggedFields fields = FlaggedFields.of(observed);
        Suspect s = suspects.get(observed.id());
        int times = s != null && s.fields().equals(fields) ? s.times() + 1 : 1;
        if (times >= needed) {
            LOG.warn("game {}: accepting {} as a correction after {} consecutive observations agreeing on score, period and status",
                    observed.id(), issues, times);
            suspects.remove(observed.id());
            return true;
        }
        suspects.put(observed.id(), new Suspect(fields, times));
        return false;
    }

    /**
     * The Eastern dates a poll asks for: today, and before {@value #LATE_GAMES_UNTIL_HOUR} a.m. yesterday too while one
     * of yesterday's games of the league may still be played (nothing known of yesterday yet, or a game of yesterday
     * not over). Once they are all over, yesterday is no longer asked: two scoreboards per live poll would spend twice
     * the request budget (a live league polled every 15 s is 480 requests an hour then, over the 500 budget with another).
     */
    private List<LocalDate> pollDates(League league, Instant now) {
        ZonedDateTime eastern = now.atZone(GameLinker.GAME_DAY_ZONE);
        List<LocalDate> dates = new ArrayList<>(2);
        LocalDate yesterday = eastern.toLocalDate().minusDays(1);
        if (eastern.getHour() < LATE_GAMES_UNTIL_HOUR && yesterdayMayBePlaying(league, yesterday)) dates.add(yesterday);
        dates.add(eastern.toLocalDate());
        return dates;
    }

    private boolean yesterdayMayBePlaying(League league, LocalDate yesterday) {
        boolean known = false;
        for (GameState g : lastGood.values()) {
            if (g.league() != league || !g.scheduledStart().atZone(GameLinker.GAME_DAY_ZONE).toLocalDate().equals(yesterday)) continue;
            known = true;
            if (!g.status().isTerminal() && g.status() != com.precog.domain.game.GameStatus.POSTPONED) return true;
        }
        return !known;
    }

    private void scheduleNext(League league, Duration delay) {
        if (!running) return;
        pending.put(league, scheduler.schedule(delay, () -> runScheduled(league)));
    }

    private void runScheduled(League league) {
        try {
            pollOnce(league);
        } catch (RuntimeException e) {
            LOG.error("{} poll failed unexpectedly", league, e);
        } finally {
            scheduleNext(league, nextDelay(league));
        }
    }
}
