package com.precog.application.port.out.games;

import com.precog.domain.game.GameId;
import com.precog.domain.game.GameState;
import com.precog.domain.game.League;
import com.precog.domain.game.Scoreboard;
import com.precog.domain.game.WinProbabilityPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory {@link GameFeed}: serves queued scoreboards per league in order (the last one
 * repeats), or the games set with {@link #setGames}, observed at the clock's instant. Can be
 * told to fail. Counts requests.
 */
public final class InMemoryGameFeed implements GameFeed {
    private final Clock clock;
    private final Map<League, Deque<Scoreboard>> queued = new HashMap<>();
    private final Map<League, List<GameState>> games = new HashMap<>();
    private final Map<GameId, List<WinProbabilityPoint>> wp = new HashMap<>();
    private final Map<League, Scoreboard> lastServed = new HashMap<>();
    private final List<String> requests = new ArrayList<>();
    private String failure;

    public InMemoryGameFeed(Clock clock) {
        this.clock = clock;
    }

    public synchronized InMemoryGameFeed enqueue(Scoreboard board) {
        queued.computeIfAbsent(board.league(), l -> new ArrayDeque<>()).add(board);
        return this;
    }

    public synchronized InMemoryGameFeed setGames(League league, List<GameState> list) {
        games.put(league, List.copyOf(list));
        return this;
    }

    public synchronized void setWinProbabilities(GameId game, List<WinProbabilityPoint> points) {
        wp.put(game, List.copyOf(points));
    }

    public synchronized void failWith(String message) {
        failure = message;
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized Scoreboard scoreboard(League league, LocalDate date) {
        requests.add(league + " " + date);
        if (failure != null) throw new GameFeedException(failure);
        Deque<Scoreboard> q = queued.get(league);
        if (q != null && !q.isEmpty()) {
            Scoreboard next = q.poll();
            lastServed.put(league, next);
            return next;
        }
        if (lastServed.containsKey(league)) return lastServed.get(league);
        List<GameState> list = games.getOrDefault(league, List.of()).stream()
                .filter(g -> com.precog.domain.game.GameLinker.gameDay(g).equals(date)).toList();
        return new Scoreboard(league, date, clock.instant(), list, List.of());
    }

    @Override
    public synchronized List<WinProbabilityPoint> winProbabilities(League league, GameId game) {
        if (failure != null) throw new GameFeedException(failure);
        return wp.getOrDefault(game, List.of());
    }
}
