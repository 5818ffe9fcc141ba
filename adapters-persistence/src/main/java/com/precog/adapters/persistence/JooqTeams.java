package com.precog.adapters.persistence;

import static com.precog.adapters.persistence.jooq.Tables.TEAMS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.precog.adapters.persistence.jooq.tables.records.TeamsRecord;
import com.precog.application.port.out.games.Teams;
import com.precog.domain.game.League;
import com.precog.domain.game.Team;
import com.precog.domain.game.TeamId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * {@link Teams} on {@code teams}, keyed by (league, abbreviation). A save is one upsert that changes the row
 * only when something differs, so saving an identical team reports no change. Rows without a name are
 * teams known only as participants of stored games ({@link #ensure}); they are not listed until saved.
 */
final class JooqTeams implements Teams {
    private final DSLContext dsl;
    private final Clock clock;

    JooqTeams(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public boolean save(Team team) {
        ArrayNode former = JsonColumns.MAPPER.createArrayNode();
        team.formerNames().forEach(former::add);
        var formerJson = JsonColumns.toJsonb(former);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return dsl.insertInto(TEAMS)
                .set(TEAMS.LEAGUE, team.id().league().name())
                .set(TEAMS.ABBREVIATION, team.id().code())
                .set(TEAMS.NAME, team.name())
                .set(TEAMS.FORMER_NAMES, formerJson)
                .set(TEAMS.CONFERENCE, team.conference())
                .set(TEAMS.DIVISION, team.division())
                .set(TEAMS.CREATED_AT, now)
                .onConflict(TEAMS.LEAGUE, TEAMS.ABBREVIATION)
                .doUpdate()
                .set(TEAMS.NAME, team.name())
                .set(TEAMS.FORMER_NAMES, formerJson)
                .set(TEAMS.CONFERENCE, team.conference())
                .set(TEAMS.DIVISION, team.division())
                .set(TEAMS.UPDATED_AT, now)
                .where(DSL.row(TEAMS.NAME, TEAMS.FORMER_NAMES, TEAMS.CONFERENCE, TEAMS.DIVISION)
                        .isDistinctFrom(DSL.row(DSL.val(team.name()), DSL.val(formerJson), DSL.val(team.conference()), DSL.val(team.division()))))
                .execute() == 1;
    }

    @Override
    public Optional<Team> find(TeamId id) {
        return dsl.selectFrom(TEAMS)
                .where(TEAMS.LEAGUE.eq(id.league().name()), TEAMS.ABBREVIATION.eq(id.code()), TEAMS.NAME.isNotNull())
                .fetchOptional(JooqTeams::toTeam);
    }

    @Override
    public List<Team> all(League league) {
        return dsl.selectFrom(TEAMS).where(TEAMS.LEAGUE.eq(league.name()), TEAMS.NAME.isNotNull())
                .orderBy(TEAMS.ABBREVIATION).fetch(JooqTeams::toTeam);
    }

    /** The row id of a team, inserting a nameless participant row when the team is unknown. */
    static long ensure(DSLContext dsl, TeamId id) {
        Long existing = dsl.select(TEAMS.TEAM_ID).from(TEAMS)
                .where(TEAMS.LEAGUE.eq(id.league().name()), TEAMS.ABBREVIATION.eq(id.code())).fetchOne(TEAMS.TEAM_ID);
        if (existing != null) {
            return existing;
        }
        dsl.insertInto(TEAMS).set(TEAMS.LEAGUE, id.league().name()).set(TEAMS.ABBREVIATION, id.code())
                .onConflictDoNothing().execute();
        return dsl.select(TEAMS.TEAM_ID).from(TEAMS)
                .where(TEAMS.LEAGUE.eq(id.league().name()), TEAMS.ABBREVIATION.eq(id.code())).fetchSingle(TEAMS.TEAM_ID);
    }

    private static Team toTeam(TeamsRecord r) {
        List<String> former = new ArrayList<>();
        for (JsonNode n : JsonColumns.fromJsonb(r.getFormerNames())) {
            former.add(n.asText());
        }
        return new Team(TeamId.of(League.parse(r.getLeague()), r.getAbbreviation()), r.getName(), former, r.getConference(),
                r.getDivision());
    }
}
