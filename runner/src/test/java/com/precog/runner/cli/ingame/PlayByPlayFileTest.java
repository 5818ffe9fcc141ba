package com.precog.runner.cli.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.model.ingame.HistoricalPlay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayByPlayFileTest {
    @TempDir
    Path dir;

    private static final String ROW_A = "2021_01_ARI_TEN,2021,1,REG,TEN,ARI,1,3600,1800,TEN,0,0,,,35,3,3,-2.5,13,38,KICK_OFF";
    private static final String ROW_A2 = "2021_01_ARI_TEN,2021,1,REG,TEN,ARI,1,3563,1763,ARI,0,0,2,13,78,3,2,-2.5,13,38,PASS";
    private static final String ROW_B = "2021_01_BUF_PIT,2021,1,REG,PIT,BUF,5,600,600,,7,7,1,10,75,2,2,,20,17,RUSH";

    @Test
    void parsesFieldsMissingValuesAndPlayOrderPerGameEvenWhenGamesInterleave() throws Exception {
        Path f = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(f, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_B + "\n" + ROW_A2 + "\n");
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        List<HistoricalPlay> got = new ArrayList<>();
        try (PlayByPlayFile r = PlayByPlayFile.open(f, bad::add)) {
            r.forEachRemaining(got::add);
            assertThat(r.progress()).isEqualTo(1.0);
        }
        assertThat(bad).isEmpty();
        assertThat(got).hasSize(3);
        HistoricalPlay a = got.get(0);
        assertThat(a.playIndex()).isZero();
        assertThat(a.down()).isEqualTo(HistoricalPlay.MISSING);
        assertThat(a.yardsToGo()).isEqualTo(HistoricalPlay.MISSING);
        assertThat(a.spreadLine()).isEqualTo(-2.5);
        assertThat(a.homeOutcome()).isZero();
        HistoricalPlay b = got.get(1);
        assertThat(b.playIndex()).isZero();
        assertThat(b.quarter()).isEqualTo(5);
        assertThat(b.possessionTeam()).isEmpty();
        assertThat(Double.isNaN(b.spreadLine())).isTrue();
        HistoricalPlay a2 = got.get(2);
        assertThat(a2.playIndex()).isEqualTo(1);
        assertThat(a2.awayTimeouts()).isEqualTo(2);
        assertThat(a2.homeTeam()).isSameAs(a.homeTeam()); // repeated texts are shared
    }

    @Test
    void outOfRangeValueIsAMalformedRowWithItsLine() throws Exception {
        Path f = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(f, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_A2.replace(",2,13,78,", ",7,13,78,") + "\n"
                + ROW_A2.replace(",REG,", ",PRE,") + "\n");
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        try (PlayByPlayFile r = PlayByPlayFile.open(f, bad::add)) {
            r.forEachRemaining(p -> {});
            assertThat(r.malformedRows()).isEqualTo(2);
        }
        assertThat(bad).hasSize(2);
        assertThat(bad.get(0).line()).isEqualTo(3);
        assertThat(bad.get(0).reason()).contains("down");
        assertThat(bad.get(1).line()).isEqualTo(4);
        assertThat(bad.get(1).reason()).contains("seasonType");
    }

    @Test
    void spreadsheetExports_byteOrderMarkQuotesAndCrlf_readAsThePlainFile() throws Exception {
        Path plain = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(plain, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_A2 + "\n");
        Path exported = Files.createDirectory(dir.resolve("export")).resolve("nfl_pbp_2021.csv");
        Files.writeString(exported, "\uFEFF" + quoteAll(PlayByPlayFile.HEADER) + "\r\n" + quoteAll(ROW_A) + "\r\n" + quoteAll(ROW_A2) + "\r\n");
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        List<HistoricalPlay> want = read(plain, bad);
        List<HistoricalPlay> got = read(exported, bad);
        assertThat(bad).isEmpty();
        assertThat(got).hasSize(2).isEqualTo(want);
        assertThat(got.get(0).gameId()).isEqualTo("2021_01_ARI_TEN"); // no quotes kept in the key
    }

    @Test
    void integersExportedAsFloats_readAsThePlainFile_aFractionIsMalformed() throws Exception {
        // a pandas export of a column with missing values writes 2 as "2.0"; 100 must stay 100
        String rowA2 = "2021_01_ARI_TEN,2021.0,1.0,REG,TEN,ARI,1.0,3563.0,1763.00,ARI,0.0,0,2.0,13.0,78.0,3.0,2.0,-2.5,13.0,38.0,PASS";
        String goal = "2021_01_ARI_TEN,2021,1,REG,TEN,ARI,1,3560,1760,ARI,0,0,1,10,100,3,2,-2.5,13,38,RUSH";
        String goalAsFloat = "2021_01_ARI_TEN,2021,1,REG,TEN,ARI,1,3560,1760,ARI,0,0,1,10,100.0,3,2,-2.5,13,38,RUSH";
        Path plain = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(plain, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_A2 + "\n" + goal + "\n");
        Path exported = Files.createDirectory(dir.resolve("floats")).resolve("nfl_pbp_2021.csv");
        Files.writeString(exported, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + rowA2 + "\n" + goalAsFloat + "\n"
                + ROW_A2.replace(",2,13,78,", ",2,13.5,78,") + "\n");
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        List<HistoricalPlay> want = read(plain, bad);
        assertThat(bad).isEmpty();
        List<HistoricalPlay> got = read(exported, bad);
        assertThat(got).hasSize(3).isEqualTo(want);
        assertThat(got.get(2).yardLine100()).isEqualTo(100);
        assertThat(got.get(1).down()).isEqualTo(2);
        assertThat(bad).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(5);
            assertThat(b.reason()).isEqualTo("ydstogo is not an integer: '13.5'");
        });
    }

    @Test
    void rExportsNA_readAsAMissingValue_aRequiredNAIsMalformed() throws Exception {
        // R's write.csv (nflfastR) writes a missing value as NA, where the bundled files leave the field empty
        String kickoffNA = ROW_A.replace(",0,0,,,35,", ",0,0,NA,NA,35,");
        String overtimeNA = ROW_B.replace(",600,600,,7,7,", ",600,600,NA,7,7,").replace(",2,2,,20,17,", ",2,2,NA,20,17,");
        Path plain = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(plain, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_B + "\n");
        Path exported = Files.createDirectory(dir.resolve("r")).resolve("nfl_pbp_2021.csv");
        Files.writeString(exported, PlayByPlayFile.HEADER + "\n" + kickoffNA + "\n" + overtimeNA + "\n"
                + ROW_A2.replace(",1,3563,", ",NA,3563,") + "\n");
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        List<HistoricalPlay> want = read(plain, bad);
        assertThat(bad).isEmpty();
        List<HistoricalPlay> got = read(exported, bad);
        assertThat(got).hasSize(2).isEqualTo(want);
        assertThat(got.get(0).down()).isEqualTo(HistoricalPlay.MISSING);
        assertThat(got.get(1).possessionTeam()).isEmpty();
        assertThat(Double.isNaN(got.get(1).spreadLine())).isTrue();
        assertThat(bad).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(4);
            assertThat(b.reason()).isEqualTo("qtr is NA");
        });
    }

    @Test
    void aForeignHeader_failsNamingTheMissingColumnAndTheUnknownOne() throws Exception {
        Path f = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(f, PlayByPlayFile.HEADER.replace("posteam", "pos_team") + "\n" + ROW_A + "\n");
        assertThatThrownBy(() -> PlayByPlayFile.open(f, b -> {})).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining(f + ":1: not a play-by-play file")
                .hasMessageContaining("missing column 'posteam'; column 10 is 'pos_team', not a column of the format");
        Files.writeString(f, PlayByPlayFile.HEADER.replace(",down,ydstogo,", ",") + "\n");
        assertThatThrownBy(() -> PlayByPlayFile.open(f, b -> {})).hasMessageContaining("missing columns 'down', 'ydstogo'");
        Files.writeString(f, PlayByPlayFile.HEADER + ",qtr\n");
        assertThatThrownBy(() -> PlayByPlayFile.open(f, b -> {})).hasMessageContaining("column 'qtr' appears twice (columns 7 and 22)");
        Files.writeString(f, "");
        assertThatThrownBy(() -> PlayByPlayFile.open(f, b -> {})).hasMessageContaining("the file is empty");
    }

    @Test
    void columnsAreFoundByName_reorderedAndExtraColumnsReadAsThePlainFile() throws Exception {
        Path plain = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(plain, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_B + "\n" + ROW_A2 + "\n");
        // the same rows with the columns reversed and an unknown column (with commas-free values) in the middle
        Path other = Files.createDirectory(dir.resolve("other")).resolve("nfl_pbp_2021.csv");
        Files.writeString(other, reshaped(PlayByPlayFile.HEADER, "epa") + "\n" + reshaped(ROW_A, "0.41") + "\n"
                + reshaped(ROW_B, "") + "\n" + reshaped(ROW_A2, "-1.2") + "\n"
                + reshaped(ROW_A2, "1").replaceFirst(",", "") + "\n"); // one field short: malformed
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        List<HistoricalPlay> want = read(plain, bad);
        assertThat(bad).isEmpty();
        List<HistoricalPlay> got = read(other, bad);
        assertThat(got).hasSize(3).isEqualTo(want);
        assertThat(bad).singleElement().satisfies(b -> {
            assertThat(b.line()).isEqualTo(5);
            assertThat(b.reason()).isEqualTo("22 fields expected, found 21");
        });
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks_rfc4180_readAsThePlainFile() throws Exception {
        // an nflfastR-style export: an extra desc column whose quoted text holds commas, doubled quotes and a line break
        Path plain = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(plain, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_B + "\n" + ROW_A2 + "\n" + ROW_A2 + "\n");
        Path exported = Files.createDirectory(dir.resolve("desc")).resolve("nfl_pbp_2021.csv");
        Files.writeString(exported, PlayByPlayFile.HEADER + ",desc\n"
                + ROW_A + ",\"(15:00) kicks 65 yards, touchback\"\n"
                + ROW_B + ",\"T.Brady pass short left to J.Edelman, for 5 yards (tackle by \"\"X\"\", Y)\"\n"
                + quoteAll(ROW_A2) + ",\"first line,\nsecond line, still the desc\"\n"
                + ROW_A2 + ",\n");
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        List<HistoricalPlay> want = read(plain, bad);
        List<HistoricalPlay> got = read(exported, bad);
        assertThat(bad).isEmpty();
        assertThat(got).hasSize(4).isEqualTo(want);
        assertThat(got.get(3).playIndex()).isEqualTo(2);
    }

    @Test
    void aDoubledQuoteInAFieldOfTheFormat_readsAsOneQuote_andLineNumbersCountTheLinesOfAQuotedLineBreak() throws Exception {
        Path f = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(f, PlayByPlayFile.HEADER + ",desc\n"
                + ROW_A.replace(",TEN,0,0,", ",\"T\"\"N, X\",0,0,") + ",\"a\nb\nc\"\n"
                + ROW_A2.replace(",1,3563,", ",Q1,3563,") + ",d\n"   // line 5: malformed, after a row of 3 lines
                + ROW_A2 + ",\"f\"g\n"                               // line 6: text after a closing quote (not RFC 4180)
                + ROW_A2 + ",\"never closed\n"                     // line 7: its quote does not close by the end of the file
                + ROW_A2 + ",e\n");                                 // line 8: still read
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        List<HistoricalPlay> got = read(f, bad);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).possessionTeam()).isEqualTo("T\"N, X");
        assertThat(got.get(1).playIndex()).isEqualTo(4);
        assertThat(bad).extracting(PlayByPlayFile.BadRow::line).containsExactly(5L, 6L, 7L);
        assertThat(bad.get(0).reason()).isEqualTo("qtr is not an integer: 'Q1'");
        assertThat(bad.get(1).reason()).isEqualTo("field 22 has text after its closing quote");
        assertThat(bad.get(2).reason()).isEqualTo("field 22 opens a quote that is not closed (within 100 lines)");
    }

    @Test
    void aBadSpreadLine_isAMalformedRowNamingTheColumn() throws Exception {
        Path f = dir.resolve("nfl_pbp_2021.csv");
        Files.writeString(f, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_A2.replace(",-2.5,", ",x3.5,") + "\n"
                + ROW_A2.replace(",-2.5,", ",1e999,") + "\n");
        List<PlayByPlayFile.BadRow> bad = new ArrayList<>();
        assertThat(read(f, bad)).hasSize(1);
        assertThat(bad).extracting(PlayByPlayFile.BadRow::reason)
                .containsExactly("spread_line is not a number: 'x3.5'", "spread_line is not a number: '1e999'");
    }

    @Test
    void aFileNamedGzThatIsNotGzip_andAGzipNamedCsv_failNamingTheFileAndWhatIsWrong() throws Exception {
        Path plainAsGz = dir.resolve("nfl_pbp_2021.csv.gz");
        Files.writeString(plainAsGz, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n");
        assertThatThrownBy(() -> PlayByPlayFile.open(plainAsGz, b -> {})).isInstanceOf(PlayByPlayFile.NotPlayByPlay.class)
                .hasMessageStartingWith(plainAsGz + ": not a play-by-play file: its name ends in .gz but it is not gzip-compressed");
        Path gzAsCsv = dir.resolve("nfl_pbp_2022.csv");
        try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzAsCsv))) {
            o.write((PlayByPlayFile.HEADER + "\n" + ROW_A + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> PlayByPlayFile.open(gzAsCsv, b -> {})).isInstanceOf(PlayByPlayFile.NotPlayByPlay.class)
                .hasMessage(gzAsCsv + ": not a play-by-play file: the file is gzip-compressed but its name does not end in .gz (rename it to nfl_pbp_2022.csv.gz)");
        Path empty = Files.write(dir.resolve("nfl_pbp_2023.csv.gz"), new byte[0]);
        assertThatThrownBy(() -> PlayByPlayFile.open(empty, b -> {})).hasMessageContaining(empty.toString()).hasMessageContaining("the file is empty");
    }

    @Test
    void overlappingInputs_eachFileIsReadOnce_andAGameAlreadyReadFromAnEarlierFileIsSkippedWithANote() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("season"));
        Path csv = folder.resolve("nfl_pbp_2021.csv");
        Files.writeString(csv, PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_B + "\n" + ROW_A2 + "\n");
        Path gz = folder.resolve("nfl_pbp_2021.csv.gz"); // the same season compressed, plus one game the .csv lacks
        try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write((PlayByPlayFile.HEADER + "\n" + ROW_A + "\n" + ROW_B + "\n" + ROW_A2 + "\n"
                    + ROW_B.replace("2021_01_BUF_PIT", "2021_01_DAL_TB") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> notes = new ArrayList<>();
        // the folder, a file inside it, and that file again under another spelling
        PlayByPlayFile.Plays r = PlayByPlayFile.read(List.of(folder, csv, folder.resolve("..").resolve("season").resolve("nfl_pbp_2021.csv")),
                b -> {}, notes::add);
        assertThat(r.files()).containsExactly(csv, gz);
        assertThat(r.plays()).hasSize(4);
        assertThat(r.plays()).extracting(HistoricalPlay::gameId).containsExactly("2021_01_ARI_TEN", "2021_01_BUF_PIT", "2021_01_ARI_TEN", "2021_01_DAL_TB");
        assertThat(r.duplicatePlays()).isEqualTo(3);
        assertThat(notes).containsExactly(
                csv + " is given more than once; read once",
                folder.resolve("..").resolve("season").resolve("nfl_pbp_2021.csv") + " is the same file as " + csv + "; read once",
                gz + ": 2 games (3 plays) already read from " + csv + "; skipped, not counted twice");
        assertThat(PlayByPlayFile.readAll(List.of(csv, csv), b -> {})).hasSize(3);
    }

    /** The row's fields in reverse order with {@code extra} inserted after the 5th. */
    private static String reshaped(String row, String extra) {
        List<String> f = new ArrayList<>(List.of(row.split(",", -1)));
        java.util.Collections.reverse(f);
        f.add(5, extra);
        return String.join(",", f);
    }

    private static String quoteAll(String row) {
        return "\"" + String.join("\",\"", row.split(",", -1)) + "\"";
    }

    /** Every play of {@code f}, its malformed rows added to {@code bad}. */
    private static List<HistoricalPlay> read(Path f, List<PlayByPlayFile.BadRow> bad) throws Exception {
        List<HistoricalPlay> plays = new ArrayList<>();
        try (PlayByPlayFile r = PlayByPlayFile.open(f, bad::add)) {
            r.forEachRemaining(plays::add);
        }
        return plays;
    }
}
