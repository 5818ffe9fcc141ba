package com.precog.runner.cli.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precog.adapters.espn.historical.NflHistory;
import com.precog.application.service.games.HistoricalImport;
import com.precog.application.service.games.ImportProgress;
import com.precog.domain.game.HistoricalGame;
import com.precog.runner.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precog data import-history [--json]}: loads the bundled NFL history (teams; scores and
 * closing spreads 1966–2022; FiveThirtyEight games not in the spreads file) into the games and
 * teams stores. Idempotent: a second run adds nothing. Progress on stderr (a bar on a terminal).
 */
@Command(name = "import-history", mixinStandardHelpOptions = true,
        description = "Import bundled NFL games (1920-2022, closing spreads 1966-2022) and teams; re-running adds nothing.")
public final class ImportHistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print the import report as one JSON document on stdout.")
    boolean json;
    @Option(names = "--no-progress", description = "No progress on stderr (a bar on a terminal, else a log line every few seconds).")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (HistoryStores stores = HistoryStores.factory.get()) {
            return importInto(stores, out);
        }
    }

    private int importInto(HistoryStores stores, PrintWriter out) {
        long t0 = System.nanoTime();
        com.precog.runner.cli.PrecogCommand.infoLines(spec).println("importing NFL history into " + stores.description());
        List<HistoricalGame> spreads = NflHistory.scoresAndSpreads();
        List<HistoricalGame> elo = NflHistory.notIn(NflHistory.fiveThirtyEightGames(), spreads);
        com.precog.runner.cli.ProgressBar bar = com.precog.runner.cli.ProgressBar.of(spec); // no \r bars off a terminal or in JSON logs
        HistoricalImport.Report r = new HistoricalImport(stores.games(), stores.teams())
                .run(NflHistory.teams(), List.of(spreads, elo), noProgress ? ImportProgress.NONE : (done, total) -> bar.progress("import history", done, total));
        if (json) {
            ObjectNode doc = new ObjectMapper().createObjectNode();
            doc.put("teamsSaved", r.teamsSaved());
            doc.put("teamsUnchanged", r.teamsUnchanged());
            doc.put("gamesAdded", r.gamesAdded());
            doc.put("gamesAlreadyPresent", r.gamesAlreadyPresent());
            doc.put("gamesTotal", stores.games().count());
            doc.put("store", stores.description());
            out.println(doc.toString());
        } else {
            out.printf(Locale.ROOT, "teams: %d saved, %d unchanged; games: %d added, %d already present (%d in store) in %.1f s%n",
                    r.teamsSaved(), r.teamsUnchanged(), r.gamesAdded(), r.gamesAlreadyPresent(), stores.games().count(),
                    (System.nanoTime() - t0) / 1e9);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
