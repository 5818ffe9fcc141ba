-- Reshape teams, games and game_states to what the domain stores (domain.game.Team, HistoricalGame,
-- GameState). V3 was written before those types existed; no code wrote these tables before this migration
-- (DbFixtures in tests inserts rows of the V3 shape, which stays valid).

-- teams: former names and division; a team may be known only as a participant of a stored game (name NULL)
-- until Teams.save describes it.
ALTER TABLE teams ALTER COLUMN name DROP NOT NULL;
ALTER TABLE teams
    ADD COLUMN former_names JSONB NOT NULL DEFAULT '[]'::jsonb,   -- JSON array of strings, oldest last
    ADD COLUMN division     TEXT,
    ADD COLUMN updated_at   TIMESTAMPTZ;

-- games: finished games with their results (Games port) and live games referenced by game_states.
-- A row written for a live game has no date or result yet; the results columns are all set or all NULL.
ALTER TABLE games ALTER COLUMN season DROP NOT NULL;
ALTER TABLE games ALTER COLUMN scheduled_start DROP NOT NULL;
ALTER TABLE games
    ADD COLUMN game_date         DATE,
    ADD COLUMN week_label        TEXT,                 -- the source's week text ('1', 'Wildcard', ...); week holds it when numeric
    ADD COLUMN home_score        INTEGER CHECK (home_score >= 0),
    ADD COLUMN away_score        INTEGER CHECK (away_score >= 0),
    ADD COLUMN favourite_team_id BIGINT REFERENCES teams (team_id),
    ADD COLUMN favourite_spread  NUMERIC CHECK (favourite_spread <= 0),   -- scale kept as given ('-3' stays -3)
    ADD CONSTRAINT games_result_chk CHECK ((home_score IS NULL) = (away_score IS NULL)
                                           AND (home_score IS NULL OR game_date IS NOT NULL)),
    ADD CONSTRAINT games_favourite_chk CHECK (favourite_team_id IS NULL OR favourite_team_id IN (home_team_id, away_team_id));
CREATE INDEX games_date_idx ON games (game_date, game_id) WHERE home_score IS NOT NULL;

-- game_states: every field of a GameState version. The identity of the game (league, teams, scheduled start,
-- neutral site) is versioned with the state: a postponed game's new start is a new version.
ALTER TABLE game_states DROP CONSTRAINT game_states_status_check;
ALTER TABLE game_states ADD CONSTRAINT game_states_status_check CHECK (status IN ('scheduled', 'in_progress', 'halftime',
    'end_of_period', 'delayed', 'suspended', 'final', 'final_overtime', 'postponed', 'canceled'));
ALTER TABLE game_states
    ADD COLUMN league               TEXT NOT NULL,
    ADD COLUMN home_team            TEXT NOT NULL,     -- team code within the league
    ADD COLUMN away_team            TEXT NOT NULL,
    ADD COLUMN scheduled_start      TIMESTAMPTZ NOT NULL,
    ADD COLUMN neutral_site         BOOLEAN NOT NULL,
    ADD COLUMN clock_nanos          BIGINT NOT NULL CHECK (clock_nanos >= 0),   -- exact clock; clock_seconds = truncated
    ADD COLUMN red_zone             BOOLEAN NOT NULL,
    ADD COLUMN home_win_probability t_probability;     -- the feed's own, when it publishes one
ALTER TABLE game_states DROP CONSTRAINT game_states_distance_check;
ALTER TABLE game_states ADD CONSTRAINT game_states_distance_check CHECK (distance BETWEEN 0 AND 100);
