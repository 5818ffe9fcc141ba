-- When a market's result is expected (Kalshi's expected_expiration_time). A game market's close_time
-- is days after the game; the expected expiration is about three hours after kick-off. The earlier of
-- the two is the "event's close" of the time-based exit, position health and the time-to-settlement
-- size reduction (docs/EXITS.md). NULL: the venue gave none (the close time is used).
ALTER TABLE markets ADD COLUMN expected_expiration_time TIMESTAMPTZ;
