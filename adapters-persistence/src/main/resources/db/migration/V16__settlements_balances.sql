-- Settlements are recorded by paper, demo and live sessions for markets whose dimension rows may not be
-- stored (the same reason V10 dropped the positions → markets key). Idempotency stays with the unique
-- index settlements_position_uq (environment, ticker, position): a restarted session that settles the
-- same position again adds nothing.
ALTER TABLE settlements DROP CONSTRAINT settlements_ticker_fkey;

-- One settlement row per (environment, ticker, position) needs a position: rows without one would escape
-- the unique index (NULLs are distinct).
ALTER TABLE settlements ALTER COLUMN position_id SET NOT NULL;
ALTER TABLE settlements ALTER COLUMN side SET NOT NULL;
