-- The market's pre-game price of each game as a session saw it last before kick-off (the mid of a
-- two-sided quote, turned to the home side). It sets the in-play expected margin 13.45·Φ⁻¹(p); kept
-- here so a session restarted mid-game prices with the same margin instead of Elo's. One row per
-- (environment, game): demo and production books quote different prices. Written once, never changed.
CREATE TABLE pregame_prices (
    execution_environment t_environment NOT NULL,
    game_id               TEXT NOT NULL,
    market_ticker         TEXT NOT NULL,
    home_probability      t_probability NOT NULL CHECK (home_probability > 0 AND home_probability < 1),
    observed_at           TIMESTAMPTZ NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (execution_environment, game_id)
);

CREATE TRIGGER pregame_prices_append_only BEFORE UPDATE OR DELETE ON pregame_prices
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();
