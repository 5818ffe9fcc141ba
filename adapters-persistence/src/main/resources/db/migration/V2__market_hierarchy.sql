-- Market hierarchy (dimension tables) and market data facts (SPEC §1, §10, §11).

CREATE TABLE platforms (
    platform_id     TEXT PRIMARY KEY,                    -- 'kalshi'
    name            TEXT NOT NULL,
    base_url        TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE series (
    series_ticker   TEXT PRIMARY KEY,                    -- e.g. KXNFLGAME
    platform_id     TEXT NOT NULL REFERENCES platforms (platform_id),
    title           TEXT NOT NULL,
    category        TEXT,
    league          TEXT,
    fee_type        TEXT NOT NULL DEFAULT 'quadratic',   -- quadratic | quadratic_with_maker_fees | flat
    taker_fee_coefficient NUMERIC(8, 6) NOT NULL DEFAULT 0.07 CHECK (taker_fee_coefficient >= 0 AND taker_fee_coefficient <= 0.5),
    maker_fee_coefficient NUMERIC(8, 6) NOT NULL DEFAULT 0 CHECK (maker_fee_coefficient >= 0 AND maker_fee_coefficient <= 0.5),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE events (
    event_ticker    TEXT PRIMARY KEY,
    series_ticker   TEXT NOT NULL REFERENCES series (series_ticker),
    title           TEXT NOT NULL,
    sub_title       TEXT,
    game_id         TEXT,                                -- link to games.game_id once matched (FK added with games)
    strike_date     TIMESTAMPTZ,
    mutually_exclusive BOOLEAN NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX events_series_idx ON events (series_ticker);

CREATE TABLE markets (
    ticker          TEXT PRIMARY KEY,
    event_ticker    TEXT NOT NULL REFERENCES events (event_ticker),
    title           TEXT NOT NULL,
    yes_sub_title   TEXT,
    market_type     TEXT NOT NULL DEFAULT 'binary' CHECK (market_type IN ('binary', 'scalar')),
    open_time       TIMESTAMPTZ,
    close_time      TIMESTAMPTZ,
    expiration_time TIMESTAMPTZ,
    price_ranges    JSONB NOT NULL DEFAULT '[]'::jsonb,  -- [{"start":"0.0000","end":"1.0000","step":"0.0100"}] (decimals as strings)
    fractional_trading BOOLEAN NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX markets_event_idx ON markets (event_ticker);

-- SCD2: one row per material change of a market's quotes/status (|Δ yes_bid| >= 0.01, relative change >= 2%,
-- |Δ volume| >= 10, or status change). The rule is applied by the writer; the table keeps the history.
CREATE TABLE market_snapshots (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticker          TEXT NOT NULL REFERENCES markets (ticker),
    status          TEXT NOT NULL,                       -- initialized | active | closed | settled | ...
    yes_bid         t_price,
    yes_ask         t_price,
    no_bid          t_price,
    no_ask          t_price,
    last_price      t_price,
    volume          t_quantity,
    volume_24h      t_quantity,
    open_interest   t_quantity,
    liquidity       t_money,
    observed_at     TIMESTAMPTZ NOT NULL,
    row_current_ind BOOLEAN NOT NULL DEFAULT true,
    row_start_ts    TIMESTAMPTZ NOT NULL,
    row_end_ts      TIMESTAMPTZ,
    CONSTRAINT market_snapshots_scd2_chk CHECK (row_current_ind = (row_end_ts IS NULL)),
    CONSTRAINT market_snapshots_period_chk CHECK (row_end_ts IS NULL OR row_end_ts >= row_start_ts)
);
CREATE UNIQUE INDEX market_snapshots_current_uq ON market_snapshots (ticker) WHERE row_current_ind;
CREATE INDEX market_snapshots_ticker_start_idx ON market_snapshots (ticker, row_start_ts);
CREATE TRIGGER market_snapshots_scd2 BEFORE UPDATE OR DELETE ON market_snapshots
    FOR EACH ROW EXECUTE FUNCTION scd2_guard();

-- Full order book captures (bids only on both sides, SPEC §2). Levels as [["0.5500","120.00"], ...] strings.
CREATE TABLE orderbook_snapshots (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticker          TEXT NOT NULL REFERENCES markets (ticker),
    sequence        BIGINT,
    yes_bids        JSONB NOT NULL,
    no_bids         JSONB NOT NULL,
    best_yes_bid    t_price,
    best_no_bid     t_price,
    captured_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX orderbook_snapshots_ticker_time_idx ON orderbook_snapshots (ticker, captured_at);
CREATE TRIGGER orderbook_snapshots_append_only BEFORE UPDATE OR DELETE ON orderbook_snapshots
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();

-- Public trades on the exchange (the `trade` channel), not ours.
CREATE TABLE market_trades (
    trade_id        TEXT PRIMARY KEY,                    -- exchange trade id
    ticker          TEXT NOT NULL REFERENCES markets (ticker),
    yes_price       t_price NOT NULL,
    no_price        t_price NOT NULL,
    count           t_quantity NOT NULL,
    taker_side      TEXT NOT NULL CHECK (taker_side IN ('yes', 'no')),
    traded_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX market_trades_ticker_time_idx ON market_trades (ticker, traded_at);
CREATE TRIGGER market_trades_append_only BEFORE UPDATE OR DELETE ON market_trades
    FOR EACH ROW EXECUTE FUNCTION reject_update_or_delete();
