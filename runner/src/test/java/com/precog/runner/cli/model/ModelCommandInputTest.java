package com.precog.runner.cli.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.model.SharedData;
import com.precog.runner.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code model evaluate|compare|create} refuse, and that a refusal changes nothing: found by the independent
 * models check (bad dates moved or leaking Java's parse text, a report target that failed after the run was stored,
 * a holdout start outside the window, an ensemble that could never forecast).
 */
class ModelCommandInputTest {
    @TempDir
    Path home;
    Path season2000;
    FreshModelDatabase db;

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty("PRECOG_HOME", home.toString());
        db = FreshModelDatabase.create();
        season2000 = games("season2000.csv", lines -> { });
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("PRECOG_HOME");
        db.close();
    }

    /** The header and the 2000 season (259 games) of the shared file, edited by {@code edit}, as a file of its own. */
    private Path games(String name, java.util.function.Consumer<List<String>> edit) throws IOException {
        List<String> lines;
        try (Stream<String> all = Files.lines(SharedData.historical("nfl_scores_spreads_1966_2022.csv"))) {
            List<String> in = all.toList();
            lines = new ArrayList<>();
            lines.add(in.get(0));
            in.stream().skip(1).filter(l -> l.matches("^[0-9/]+,2000,.*")).forEach(lines::add);
        }
        edit.accept(lines);
        Path file = home.resolve(name);
        Files.write(file, lines);
        return file;
    }

    private CliRunner.Result evaluate(Path games, String... more) {
        List<String> args = new ArrayList<>(List.of("model", "evaluate", "--model", "elo_nfl@v1.0", "--games", games.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** No evaluation run was stored and the built-in is still a draft. */
    private void nothingStored() {
        assertThat(CliRunner.run("model", "show", "elo_nfl@v1.0").out()).contains("status:      draft", "evaluation runs: 0");
    }

    @Test
    void anImpossibleDateInTheGamesFile_exits2WithItsLineAndTheExpectedForm_insteadOfScoringItOnAnotherDay() throws IOException {
        Path feb30 = games("feb30.csv", lines -> lines.set(1, lines.get(1).replaceFirst("^[0-9/]+,", "2/30/2000,")));
        CliRunner.Result r = evaluate(feb30, "--no-report");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("games line 2: schedule_date must be a date M/D/YYYY", "'2/30/2000'").doesNotContain("2000-02-29");
        nothingStored();
    }

    @Test
    void malformedValuesInTheGamesFile_nameTheColumnAndTheForm_notJavasParseText() throws IOException {
        Path score = games("score.csv", lines -> lines.set(21, lines.get(21).replaceFirst("^([^,]+,[^,]+,[^,]+,[^,]+,[^,]+,)[0-9]+,", "$1twenty,")));
        CliRunner.Result r = evaluate(score, "--no-report");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("games line 22: score_home must be a whole number", "'twenty'").doesNotContain("For input string");

        Path iso = games("iso.csv", lines -> lines.set(31, lines.get(31).replaceFirst("^[0-9/]+,", "2000-09-10,")));
        r = evaluate(iso, "--no-report");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("games line 32: schedule_date must be a date M/D/YYYY", "'2000-09-10'").doesNotContain("could not be parsed");
        nothingStored();
    }

    @Test
    void aDateOptionThatIsNoDate_exits2SayingTheForm_withoutJavasText() {
        CliRunner.Result r = evaluate(season2000, "--from", "1990/01/01", "--no-report");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'1990/01/01' is not a date (YYYY-MM-DD)")
                .doesNotContain("java.time", "could not be parsed", "cannot convert");
        CliRunner.Result day = evaluate(season2000, "--kind", "holdout", "--holdout-from", "2000-02-30", "--no-report");
        assertThat(day.exitCode()).isEqualTo(2);
        assertThat(day.err()).contains("'2000-02-30' is not a date (YYYY-MM-DD, a day of the calendar)");
    }

    @Test
    void aReportTargetThatCannotBeWritten_exits2NamingIt_beforeAnyRunIsStored() throws IOException {
        Path folder = Files.createDirectory(home.resolve("reports-folder"));
        CliRunner.Result r = evaluate(season2000, "--report", folder.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--report " + folder + " is a folder").doesNotContain("evaluating");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
        Path noParent = home.resolve("no/such/folder/r.html");
        r = evaluate(season2000, "--report", noParent.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--report " + noParent, "does not exist");
        nothingStored(); // 'model activate' would have taken a stored run as gate evidence

        CliRunner.Result compare = CliRunner.run("model", "compare", "--models", "elo_nfl@v1.0", "--games", season2000.toString(),
                "--report", folder.toString());
        assertThat(compare.exitCode()).as(compare.err()).isEqualTo(2);
        assertThat(compare.err()).contains("is a folder").doesNotContain("evaluating");
    }

    @Test
    void aHoldoutStartOutsideTheEvaluatedWindow_exits2_andStoresNoRun() {
        CliRunner.Result before = evaluate(season2000, "--kind", "holdout", "--holdout-from", "1950-01-01", "--no-report");
        assertThat(before.exitCode()).as(before.err()).isEqualTo(2);
        assertThat(before.err()).contains("--holdout-from 1950-01-01 must lie within the evaluated window: after 2000-09-03 (the first game in season2000.csv)",
                "not after 2001-01-28 (the last game in season2000.csv)");
        CliRunner.Result after = evaluate(season2000, "--kind", "holdout", "--from", "2000-09-01", "--to", "2000-12-31",
                "--holdout-from", "2040-01-01", "--no-report");
        assertThat(after.exitCode()).as(after.err()).isEqualTo(2);
        assertThat(after.err()).contains("--holdout-from 2040-01-01 must lie within the evaluated window: after 2000-09-01 (--from) and not after 2000-12-31 (--to)")
                .doesNotContain("forecast no game");
        CliRunner.Result notHoldout = evaluate(season2000, "--holdout-from", "2000-11-01", "--no-report");
        assertThat(notHoldout.exitCode()).isEqualTo(2);
        assertThat(notHoldout.err()).contains("--holdout-from applies to --kind holdout only, not --kind backtest");
        nothingStored();

        CliRunner.Result inside = evaluate(season2000, "--kind", "holdout", "--holdout-from", "2000-11-01", "--no-report");
        assertThat(inside.exitCode()).as(inside.err()).isZero();
        assertThat(inside.out()).contains("holdout 2000-11-01 .. 2001-01-28");
    }

    @Test
    void aGamesFolder_aHeaderOnlyFile_areNamedOnce() throws IOException {
        CliRunner.Result folder = evaluate(home, "--no-report");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("--games " + home + " is a folder, not a file").doesNotContain("does not exist");

        Path headerOnly = games("header.csv", lines -> lines.subList(1, lines.size()).clear());
        CliRunner.Result empty = evaluate(headerOnly, "--no-report");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("--games file " + headerOnly + " has no finished game");
        assertThat(empty.err().split(java.util.regex.Pattern.quote(headerOnly.toString()), -1)).as(empty.err()).hasSize(2);
    }

    @Test
    void createAnEnsembleWithEveryMemberWeightZero_exits2_andCreatesNoVersion() {
        CliRunner.Result r = CliRunner.run("model", "create", "zero@v1.0", "--type", "ensemble", "-c", "weights.elo=0", "-c", "weights.regression=0");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("zero@v1.0 could never forecast", "no positive weight");
        CliRunner.Result show = CliRunner.run("model", "show", "zero@v1.0");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).contains("does not exist");
    }
}
