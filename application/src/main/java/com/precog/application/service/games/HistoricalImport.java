package com.precog.application.service.games;

import com.precog.application.port.out.games.Games;
import com.precog.application.port.out.games.Teams;
import com.precog.domain.game.HistoricalGame;
import com.precog.domain.game.Team;
import java.util.List;

/**
 * Loads historical teams and games into the {@link Teams} and {@link Games} stores,
 * idempotently: a game already present (same id) is skipped, an identical team is unchanged, so
 * re-running adds nothing. Sources are applied in order (the first source of a game wins).
 */
public final class HistoricalImport {
    /** Games written per {@link Games#addAll} call (one bulk statement in PostgreSQL). */
    static final int CHUNK = 1_000;

    private final Games games;
    private final Teams teams;

    public HistoricalImport(Games games, Teams teams) {
        this.games = games;
        this.teams = teams;
    }

    /** What an import changed. */
    public record Report(int teamsSaved, int teamsUnchanged, int gamesAdded, int gamesAlreadyPresent) {}

    public Report run(List<Team> newTeams, List<List<HistoricalGame>> sources, ImportProgress progress) {
        long total = newTeams.size() + sources.stream().mapToLong(List::size).sum();
        long done = 0;
        int teamsSaved = 0, teamsUnchanged = 0, added = 0, present = 0;
        for (Team t : newTeams) {
            if (teams.save(t)) teamsSaved++; else teamsUnchanged++;
            progress.update(++done, total);
        }
        for (List<HistoricalGame> source : sources) {
            for (int from = 0; from < source.size(); from += CHUNK) {
                List<HistoricalGame> chunk = source.subList(from, Math.min(source.size(), from + CHUNK));
                int n = games.addAll(chunk);
                added += n;
                present += chunk.size() - n;
                done += chunk.size();
                progress.update(done, total);
            }
        }
        progress.update(total, total);
        return new Report(teamsSaved, teamsUnchanged, added, present);
    }
}
