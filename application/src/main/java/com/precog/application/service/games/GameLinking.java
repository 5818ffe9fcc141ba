package com.precog.application.service.games;

import com.precog.domain.game.GameId;
import com.precog.domain.game.GameLink;
import com.precog.domain.game.GameLinker;
import com.precog.domain.game.GameState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links Kalshi game events/markets to the games the watcher knows, reporting (and logging) every
 * ticker that matched no game, several games, or could not be read — never guessing.
 */
public final class GameLinking {
    private static final Logger LOG = LoggerFactory.getLogger(GameLinking.class);

    private GameLinking() {}

    /** The outcome for a batch of tickers. */
    public record Report(List<GameLink.Linked> linked, List<GameLink.Unmatched> unmatched, List<GameLink.Ambiguous> ambiguous,
                         List<String> unreadable) {
        public Report {
            linked = List.copyOf(linked);
            unmatched = List.copyOf(unmatched);
            ambiguous = List.copyOf(ambiguous);
            unreadable = List.copyOf(unreadable);
        }

        /** The distinct games linked (to pass to {@link GamePollingService#track}). */
        public Set<GameId> linkedGames() {
            Set<GameId> ids = new LinkedHashSet<>();
            linked.forEach(l -> ids.add(l.game()));
            return ids;
        }
    }

    public static Report link(Collection<String> tickers, Collection<GameState> games) {
        List<GameLink.Linked> linked = new ArrayList<>();
        List<GameLink.Unmatched> unmatched = new ArrayList<>();
        List<GameLink.Ambiguous> ambiguous = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String ticker : tickers) {
            GameLink link;
            try {
                link = GameLinker.link(ticker, games);
            } catch (IllegalArgumentException e) {
                LOG.warn("ticker {} not linked: {}", ticker, e.getMessage());
                unreadable.add(ticker);
                continue;
            }
            switch (link) {
                case GameLink.Linked l -> linked.add(l);
                case GameLink.Unmatched u -> {
                    LOG.warn("ticker {} not linked: {}", ticker, u.reason());
                    unmatched.add(u);
                }
                case GameLink.Ambiguous a -> {
                    LOG.warn("ticker {} not linked: ambiguous between {}", ticker, a.candidates());
                    ambiguous.add(a);
                }
            }
        }
        return new Report(linked, unmatched, ambiguous, unreadable);
    }
}
