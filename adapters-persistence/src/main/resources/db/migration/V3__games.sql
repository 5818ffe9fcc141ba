-- Teams, Elo history, games and their SCD2 states, historical play-by-play (SPEC §3, §10).

CREATE TABLE teams (
    team_id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    league          TEXT NOT NULL,                       -- NFL | NCAAF | NBA | NHL | MLB
    abbreviation    TEXT NOT NULL,
    name            TEXT NOT NULL,
    espn_team_id    TEXT,
    conference      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT teams_league_abbreviation_uq UNIQUE (league, abbreviation)
);

-- Append-only history of Elo ratings: one row per rating change (after a game, a season regression, a seed).
CREATE TABLE elo_ratings (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id         BIGINT NOT NULL REFERENCES teams (team_id),
    rating          NUMERIC(10, 4) NOT NULL,
    season          INTEGER NOT NULL,
    game_id         TEXT,                                -- the game that produced it, if any
    reason          TEXT NOT NULL CHECK (reason IN ('initial', 'game', 'season_regression', 'manual')),
    model_id        BIGINT,                              -- the Elo model version that computed it (FK added with probability_models)
    rated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX elo_ratings_team_time_idx ON elo_ratings (team_id, rated_at);
CREATE TRIGGER elo_ratings_append_only BEFORE UPDATE OR DELETE ON elo_ratings
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

CREATE TABLE games (
    game_id         TEXT PRIMARY KEY,                    -- ESPN event id or historical id (2021_01_ARI_TEN)
    league          TEXT NOT NULL,
    season          INTEGER NOT NULL,
    season_type     TEXT NOT NULL DEFAULT 'REG' CHECK (season_type IN ('PRE', 'REG', 'POST')),
    week            INTEGER,
    home_team_id    BIGINT NOT NULL REFERENCES teams (team_id),
    away_team_id    BIGINT NOT NULL REFERENCES teams (team_id),
    scheduled_start TIMESTAMPTZ NOT NULL,
    neutral_site    BOOLEAN NOT NULL DEFAULT false,
    venue           TEXT,
    espn_event_id   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT games_distinct_teams_chk CHECK (home_team_id <> away_team_id)
);
CREATE INDEX games_start_idx ON games (scheduled_start);
CREATE UNIQUE INDEX games_espn_event_uq ON games (espn_event_id) WHERE espn_event_id IS NOT NULL;

ALTER TABLE events ADD CONSTRAINT events_game_fk FOREIGN KEY (game_id) REFERENCES games (game_id);

-- SCD2: one row per change of a game's situation (score, period, clock, possession, ...).
CREATE TABLE game_states (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    game_id         TEXT NOT NULL REFERENCES games (game_id),
    status          TEXT NOT NULL CHECK (status IN ('scheduled', 'in_progress', 'halftime', 'end_of_period', 'final', 'postponed', 'canceled', 'delayed')),
    period          SMALLINT NOT NULL CHECK (period >= 0),
    clock_seconds   INTEGER CHECK (clock_seconds >= 0),
    home_score      INTEGER NOT NULL CHECK (home_score >= 0),
    away_score      INTEGER NOT NULL CHECK (away_score >= 0),
    possession      TEXT CHECK (possession IN ('home', 'away')),
    down            SMALLINT CHECK (down BETWEEN 1 AND 4),
    distance        SMALLINT CHECK (distance >= 0),
    yard_line_100   SMALLINT CHECK (yard_line_100 BETWEEN 0 AND 100),
    home_timeouts   SMALLINT CHECK (home_timeouts >= 0),
    away_timeouts   SMALLINT CHECK (away_timeouts >= 0),
    situation       JSONB NOT NULL DEFAULT '{}'::jsonb,  -- sport-specific extras
    observed_at     TIMESTAMPTZ NOT NULL,
    row_current_ind BOOLEAN NOT NULL DEFAULT true,
    row_start_ts    TIMESTAMPTZ NOT NULL,
    row_end_ts      TIMESTAMPTZ,
    CONSTRAINT game_states_scd2_chk CHECK (row_current_ind = (row_end_ts IS NULL)),
    CONSTRAINT game_states_period_chk CHECK (row_end_ts IS NULL OR row_end_ts >= row_start_ts)
);
CREATE UNIQUE INDEX game_states_current_uq ON game_states (game_id) WHERE row_current_ind;
CREATE INDEX game_states_game_start_idx ON game_states (game_id, row_start_ts);
CREATE TRIGGER game_states_scd2 BEFORE UPDATE OR DELETE ON game_states
    FOR EACH ROW EXECUTE FUNCTION scd2_guard();

-- NFL play-by-play 2009-2022 (shared/data/historical/nfl_pbp): one row per play with a game clock.
-- Keyed by (game_id, play_order), play_order = the play's 1-based position within its game file.
CREATE TABLE historical_plays (
    game_id                 TEXT NOT NULL,               -- SEASON_WEEK_AWAY_HOME
    play_order              INTEGER NOT NULL CHECK (play_order >= 1),
    season                  INTEGER NOT NULL,
    week                    INTEGER NOT NULL,
    season_type             TEXT NOT NULL CHECK (season_type IN ('REG', 'POST')),
    home_team               TEXT NOT NULL,
    away_team               TEXT NOT NULL,
    qtr                     SMALLINT NOT NULL CHECK (qtr BETWEEN 1 AND 6),
    game_seconds_remaining  INTEGER NOT NULL,
    half_seconds_remaining  INTEGER NOT NULL,
    posteam                 TEXT,
    home_score_before       INTEGER NOT NULL,
    away_score_before       INTEGER NOT NULL,
    down                    SMALLINT,
    ydstogo                 SMALLINT,
    yardline_100            SMALLINT,
    home_timeouts_remaining SMALLINT,
    away_timeouts_remaining SMALLINT,
    spread_line             NUMERIC(5, 1),
    home_final              INTEGER NOT NULL,
    away_final              INTEGER NOT NULL,
    play_type               TEXT NOT NULL,
    PRIMARY KEY (game_id, play_order)
);
CREATE INDEX historical_plays_season_idx ON historical_plays (season);
