package com.precog.application.service.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoricalGamesCsvTest {
    static final String HEADER = "schedule_date,schedule_season,schedule_week,schedule_playoff,team_home,score_home,score_away,team_away,"
            + "team_favorite_id,spread_favorite,over_under_line,stadium,stadium_neutral,weather_temperature,weather_wind_mph,weather_humidity,weather_detail\n";
    static final Map<String, String> IDS = Map.of("Kansas City Chiefs", "KC", "Houston Texans", "HOU", "Oakland Raiders", "LVR");

    @Test
    void readsLinesPickEmsMissingLinesAndUnplayedRows_sortedByDate() throws Exception {
        String csv = HEADER
                + "9/10/2020,2020,1,FALSE,Kansas City Chiefs,34,20,Houston Texans,KC,-9.5,54.5,\"Arrowhead Stadium, KC\",FALSE,,,,\n"
                + "9/3/2020,2020,1,FALSE,Houston Texans,20,20,Oakland Raiders,PICK,0,40,NRG,FALSE,,,,\n"
                + "9/17/2020,2020,2,FALSE,Houston Texans,10,13,Kansas City Chiefs,KC,-3,40,NRG,TRUE,,,,\n"
                + "9/24/2020,2020,3,FALSE,Houston Texans,,,Kansas City Chiefs,,,,NRG,FALSE,,,,\n"
                + "1/5/2021,2020,Wildcard,TRUE,Oakland Raiders,7,3,Houston Texans,,,,X,FALSE,,,,\n";
        HistoricalGamesCsv.Result r = HistoricalGamesCsv.read(new StringReader(csv), IDS);
        assertThat(r.unplayedSkipped()).isEqualTo(1);
        assertThat(r.games()).extracting(g -> g.date()).containsExactly(LocalDate.of(2020, 9, 3), LocalDate.of(2020, 9, 10),
                LocalDate.of(2020, 9, 17), LocalDate.of(2021, 1, 5));
        assertThat(r.games().get(0).closingHomeMargin().getAsDouble()).isEqualTo(0.0);
        assertThat(r.games().get(0).homeOutcome()).isEqualTo(0.5);
        assertThat(r.games().get(1).closingHomeMargin().getAsDouble()).isEqualTo(9.5);
        assertThat(r.games().get(2).closingHomeMargin().getAsDouble()).isEqualTo(-3.0);
        assertThat(r.games().get(2).neutral()).isTrue();
        assertThat(r.games().get(3).closingHomeMargin()).isEmpty();
        assertThat(r.games().get(3).playoff()).isTrue();
        assertThat(r.games().get(3).season()).isEqualTo(2020);
    }

    @Test
    void badRowsFailWithTheirLineNumberAndValue() {
        assertThatThrownBy(() -> HistoricalGamesCsv.read(new StringReader(HEADER
                + "9/10/2020,2020,1,FALSE,Kansas City Chiefs,34,20,Houston Texans,KC,-9.5,54.5,A,FALSE,,,,\n"
                + "9/10/2020,2020,1,FALSE,Springfield Atoms,34,20,Houston Texans,KC,-9.5,54.5,A,FALSE,,,,\n"), IDS))
                .hasMessageContaining("games line 3").hasMessageContaining("Springfield Atoms");
        assertThatThrownBy(() -> HistoricalGamesCsv.read(new StringReader(HEADER
                + "2020-09-10,2020,1,FALSE,Kansas City Chiefs,34,20,Houston Texans,KC,-9.5,54.5,A,FALSE,,,,\n"), IDS))
                .hasMessageContaining("games line 2").hasMessageContaining("2020-09-10");
        assertThatThrownBy(() -> HistoricalGamesCsv.read(new StringReader("date,home\n"), IDS)).hasMessageContaining("lacks column schedule_date");
    }

    static final String ROW_AFTER_DATE = ",2000,1,FALSE,Kansas City Chiefs,34,20,Houston Texans,KC,-9.5,54.5,A,FALSE,,,,\n";

    @Test
    void anImpossibleDate_isAMalformedRowWithItsLine_notMovedToTheLastDayOfTheMonth() throws Exception {
        // the lenient (SMART) resolver read 2/30/2000 as 2000-02-29 and the game was scored on a day it was not played
        assertThatThrownBy(() -> HistoricalGamesCsv.read(new StringReader(HEADER + "2/30/2000" + ROW_AFTER_DATE), IDS))
                .hasMessageContaining("games line 2").hasMessageContaining("schedule_date").hasMessageContaining("'2/30/2000'");
        assertThatThrownBy(() -> HistoricalGamesCsv.read(new StringReader(HEADER + "2/29/2001" + ROW_AFTER_DATE), IDS))
                .hasMessageContaining("games line 2").hasMessageContaining("'2/29/2001'");
        assertThat(HistoricalGamesCsv.read(new StringReader(HEADER + "2/29/2000" + ROW_AFTER_DATE), IDS).games())
                .extracting(g -> g.date()).containsExactly(LocalDate.of(2000, 2, 29)); // a leap day is a day
    }

    @Test
    void malformedValues_nameTheColumnAndTheExpectedForm_notJavasParseText() {
        String ok = "9/10/2000,2000,1,FALSE,Kansas City Chiefs,34,20,Houston Texans,KC,-9.5,54.5,A,FALSE,,,,";
        record Bad(String row, String column, String expected, String value) {}
        for (Bad b : java.util.List.of(
                new Bad(ok.replace(",34,20,", ",twenty,20,"), "score_home", "whole number", "'twenty'"),
                new Bad(ok.replace(",34,20,", ",34,-7,"), "score_away", "whole number", "'-7'"),
                new Bad(ok.replace(",2000,1,", ",20o0,1,"), "schedule_season", "whole number", "'20o0'"),
                new Bad(ok.replace("-9.5", "-3.x"), "spread_favorite", "number of points", "'-3.x'"),
                new Bad(ok.replace("-9.5", "Infinity"), "spread_favorite", "number of points", "'Infinity'"),
                new Bad(ok.replace("-9.5", "NaN"), "spread_favorite", "number of points", "'NaN'"),
                new Bad(ok.replace("-9.5", "3d"), "spread_favorite", "number of points", "'3d'"),
                new Bad(ok.replace("9/10/2000", "2000-09-10"), "schedule_date", "M/D/YYYY", "'2000-09-10'"))) {
            assertThatThrownBy(() -> HistoricalGamesCsv.read(new StringReader(HEADER + b.row() + "\n"), IDS)).as(b.row())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("games line 2: " + b.column() + " must be").hasMessageContaining(b.expected())
                    .hasMessageContaining(b.value())
                    .message().doesNotContain("For input string", "could not be parsed", "Character", "closingHomeMargin", "homeScore");
        }
    }
}
