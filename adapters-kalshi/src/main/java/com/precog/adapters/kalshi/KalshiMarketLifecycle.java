package com.precog.adapters.kalshi;

import com.fasterxml.jackson.databind.JsonNode;
import com.precog.domain.market.Market;
import com.precog.domain.market.MarketStatus;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import com.precog.domain.money.Dollars;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What the exchange last said about each market's lifecycle, merged from the WebSocket
 * {@code market_lifecycle_v2} channel and REST market answers, as the ports see it: the
 * {@link KalshiMarketCatalog} reports this status (a closed, paused or determined market is not
 * listed as open), the {@link KalshiOrderGateway} refuses new orders in a market that has closed
 * or settled without spending a write token, and listeners are told every change (among them the
 * result and settlement value of a determined market).
 *
 * <p>Event types (KALSHI_API.md §4.2, asyncapi {@code marketLifecycleV2Payload}): {@code created}
 * (UNOPENED until {@code open_ts}, close time from {@code close_ts}), {@code activated} (OPEN),
 * {@code deactivated} (PAUSED: trading paused on an open market), {@code close_date_updated} (new
 * {@code close_ts}), {@code determined} ({@code result}, {@code settlement_value},
 * {@code determination_ts}), {@code settled} ({@code settled_ts}),
 * {@code price_level_structure_updated} (new {@code price_ranges}); anything else is counted and
 * ignored. The channel has no "closed" event: a market whose close time has passed is CLOSED.
 *
 * <p>Statuses only move forward (UNOPENED → OPEN/PAUSED → CLOSED → SETTLED); OPEN and PAUSED
 * follow the latest word, whichever of REST and WebSocket said it last. Thread-safe.
 */
public final class KalshiMarketLifecycle {
    /** Lifecycle as the exchange describes it (finer than {@link MarketStatus}). */
    public enum Phase {
        /** Only other facts (e.g. a close time) are known so far: the REST status stands. */
        UNKNOWN, UNOPENED, OPEN, PAUSED, CLOSED, DETERMINED, SETTLED;

        MarketStatus status() {
            return switch (this) {
                case UNKNOWN -> throw new IllegalStateException("no status known");
                case UNOPENED -> MarketStatus.UNOPENED;
                case OPEN -> MarketStatus.OPEN;
                case PAUSED -> MarketStatus.PAUSED;
                case CLOSED -> MarketStatus.CLOSED;
                case DETERMINED, SETTLED -> MarketStatus.SETTLED;
            };
        }

        int rank() {
            return switch (this) {
                case UNKNOWN -> -1;
                case UNOPENED -> 0;
                case OPEN, PAUSED -> 1;
                case CLOSED -> 2;
                case DETERMINED -> 3;
                case SETTLED -> 4;
            };
        }

        static Phase ofRest(String wire) {
            return switch (wire.toLowerCase(Locale.ROOT)) {
                case "initialized", "unopened" -> UNOPENED;
                case "active", "open" -> OPEN;
                case "inactive", "paused" -> PAUSED;
                case "closed" -> CLOSED;
                case "determined", "disputed", "amended" -> DETERMINED;
                case "finalized", "settled" -> SETTLED;
                default -> throw new IllegalArgumentException("unknown Kalshi market status '" + wire + "'");
            };
        }
    }

    /**
     * One market's lifecycle state.
     *
     * @param phase           the exchange's phase (before the close-time rule of {@link #phaseAt(Instant)})
     * @param closeTime       scheduled close, when known
     * @param closeAnnounced  the close time came from {@code market_lifecycle_v2} ({@code created}, {@code close_date_updated},
     *                        {@code determined}): only then does passing it close the market here; a REST
     *                        {@code close_time} is informative and the REST {@code status} is taken as said
     * @param result          {@code yes}, {@code no}, {@code scalar} or {@code void}; empty until determined
     * @param settlementValue dollars paid per YES contract, once determined
     * @param determinedAt    when the outcome was determined
     * @param settledAt       when positions were paid
     * @param ladder          a new tick ladder announced by {@code price_level_structure_updated}
     * @param lastEvent       the last event type applied ({@code rest} for a REST answer)
     */
    public record State(String ticker, Phase phase, Optional<Instant> closeTime, boolean closeAnnounced, Optional<String> result, Optional<Dollars> settlementValue,
                        Optional<Instant> determinedAt, Optional<Instant> settledAt, Optional<TickLadder> ladder, String lastEvent) {
        public State {
            Objects.requireNonNull(ticker, "ticker");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(closeTime, "closeTime");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(settlementValue, "settlementValue");
            Objects.requireNonNull(determinedAt, "determinedAt");
            Objects.requireNonNull(settledAt, "settledAt");
            Objects.requireNonNull(ladder, "ladder");
        }

        /** The phase at {@code now}: an OPEN or PAUSED market whose close time has passed is CLOSED. */
        public Phase phaseAt(Instant now) {
            if ((phase == Phase.OPEN || phase == Phase.PAUSED || phase == Phase.UNKNOWN) && closeAnnounced && closeTime.isPresent() && !now.isBefore(closeTime.get())) {
                return Phase.CLOSED;
            }
            return phase;
        }

        /** How the market resolved once determined (yes, no, a settlement value, void); empty before. */
        public Optional<com.precog.domain.market.MarketOutcome> outcome() {
            // a blank result with a settlement value (e.g. a tie paying $0.50) is a scalar outcome, as on REST
            if (result.isEmpty() && (phase.rank() < Phase.DETERMINED.rank() || settlementValue.isEmpty())) return Optional.empty();
            return KalshiModels.outcome(result.orElse(""), settlementValue);
        }

        /** The side that pays $1 once determined ({@code yes}/{@code no}); empty for scalar, void or undetermined. */
        public Optional<Side> winningSide() {
            return outcome().flatMap(com.precog.domain.market.MarketOutcome::winningSide);
        }

        /** True once no new order can trade (closed, determined or settled) at {@code now}. */
        public boolean tradingOverAt(Instant now) {
            return phaseAt(now).rank() >= Phase.CLOSED.rank();
        }

        private State with(Phase p, String event) {
            return new State(ticker, p, closeTime, closeAnnounced, result, settlementValue, determinedAt, settledAt, ladder, event);
        }
    }

    /**
     * How long a settled market is remembered. The channel reports every market of the exchange (thousands
     * are created and settled a day), so settled ones are forgotten after this; by then positions have been
     * paid and a question about the market goes to REST.
     */
    static final java.time.Duration SETTLED_RETENTION = java.time.Duration.ofDays(3);
    private static final int SWEEP_EVERY = 256;
    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Map<String, Instant> settledSince = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    final AtomicLong applied = new AtomicLong();
    final AtomicLong ignored = new AtomicLong();

    KalshiMarketLifecycle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Told (on the thread that learned it) after every change of a market's state. Must not block. */
    public void addListener(Consumer<State> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** What is known about a market, if anything. */
    public Optional<State> state(String ticker) {
        return Optional.ofNullable(states.get(ticker));
    }

    /** The market's status now as the ports report it (the close-time rule applied), if anything is known. */
    public Optional<MarketStatus> status(String ticker) {
        Instant now = clock.instant();
        return state(ticker).map(s -> s.phaseAt(now)).filter(p -> p != Phase.UNKNOWN).map(Phase::status);
    }

    /** The market's phase now (the close-time rule applied), if anything is known. */
    public Optional<Phase> phase(String ticker) {
        Instant now = clock.instant();
        return state(ticker).map(s -> s.phaseAt(now));
    }

    /** True when the market is known to be closed, determined or settled now. */
    public boolean tradingOver(String ticker) {
        State s = states.get(ticker);
        return s != null && s.tradingOverAt(clock.instant());
    }

    /** {@code market} as the ports should see it: the merged status, close time and ladder. */
    Market view(Market market) {
        State s = states.get(market.ticker());
        if (s == null) return market;
        Instant close = s.closeTime().orElse(market.closeTime());
        Phase p = s.phaseAt(clock.instant());
        MarketStatus status = p == Phase.UNKNOWN ? market.status() : p.status();
        if (status == market.status() && close.equals(market.closeTime()) && s.ladder().isEmpty()) return market;
        return new Market(market.ticker(), market.eventTicker(), market.seriesTicker(), market.title(), market.yesOutcome(), status, close,
                s.ladder().orElse(market.ladder()), market.fees(), market.fractionalTrading(), market.expectedExpirationTime());
    }

    /** A REST answer about a market: its raw {@code status} and {@code close_time}. */
    void observeRest(String ticker, String rawStatus, Optional<Instant> close) {
        if (ticker.isEmpty() || rawStatus.isEmpty()) return;
        Phase p;
        try {
            p = Phase.ofRest(rawStatus);
        } catch (IllegalArgumentException e) {
            return;
        }
        update(ticker, "rest", old -> {
            State base = old != null ? old : empty(ticker);
            boolean keep = base.closeAnnounced() || close.isEmpty(); // the stream's word on the close time stands
            return new State(ticker, advance(base.phase(), p), keep ? base.closeTime() : close, base.closeAnnounced(), base.result(),
                    base.settlementValue(), base.determinedAt(), base.settledAt(), base.ladder(), "rest");
        });
    }

    /**
     * One {@code market_lifecycle_v2} frame's {@code msg}. Unknown event types are counted and
     * ignored; a frame without a ticker or event type is rejected.
     *
     * @throws IllegalArgumentException for a frame that breaks the documented schema (counted as a bad frame by the caller)
     */
    void onLifecycle(JsonNode msg) {
        String ticker = Wire.text(msg, "market_ticker");
        String type = Wire.text(msg, "event_type");
        if (ticker.isEmpty() || type.isEmpty()) throw new IllegalArgumentException("market_lifecycle_v2 without market_ticker or event_type");
        Optional<Instant> closeTs = seconds(msg, "close_ts");
        switch (type) {
            case "created" -> {
                Optional<Instant> open = seconds(msg, "open_ts");
                Phase p = open.isPresent() && !clock.instant().isBefore(open.get()) ? Phase.OPEN : Phase.UNOPENED;
                update(ticker, type, old -> {
                    State base = old != null ? old : empty(ticker);
                    return new State(ticker, advance(base.phase(), p), closeTs.isPresent() ? closeTs : base.closeTime(),
                            closeTs.isPresent() || base.closeAnnounced(), base.result(), base.settlementValue(), base.determinedAt(), base.settledAt(),
                            base.ladder(), type);
                });
            }
            case "activated", "deactivated" -> {
                // is_deactivated, when present, is the authority on pausing an open market
                boolean paused = msg.has("is_deactivated") ? msg.path("is_deactivated").asBoolean() : type.equals("deactivated");
                update(ticker, type, old -> (old != null ? old : empty(ticker)).with(advance(old == null ? Phase.UNKNOWN : old.phase(),
                        paused ? Phase.PAUSED : Phase.OPEN), type));
            }
            case "close_date_updated" -> {
                if (closeTs.isEmpty()) throw new IllegalArgumentException("close_date_updated without close_ts");
                update(ticker, type, old -> {
                    State base = old != null ? old : empty(ticker);
                    return new State(ticker, base.phase(), closeTs, true, base.result(), base.settlementValue(), base.determinedAt(),
                            base.settledAt(), base.ladder(), type);
                });
            }
            case "determined" -> {
                String result = Wire.text(msg, "result");
                String value = Wire.text(msg, "settlement_value");
                Optional<Dollars> v = value.isEmpty() ? Optional.empty() : Optional.of(Dollars.parse(value));
                Optional<Instant> at = seconds(msg, "determination_ts");
                update(ticker, type, old -> {
                    State base = old != null ? old : empty(ticker);
                    return new State(ticker, advance(base.phase(), Phase.DETERMINED), closeTs.isPresent() ? closeTs : base.closeTime(),
                            closeTs.isPresent() || base.closeAnnounced(), result.isEmpty() ? base.result() : Optional.of(result), v.isPresent() ? v : base.settlementValue(), at, base.settledAt(),
                            base.ladder(), type);
                });
            }
            case "settled" -> {
                Optional<Instant> at = seconds(msg, "settled_ts");
                update(ticker, type, old -> {
                    State base = old != null ? old : empty(ticker);
                    return new State(ticker, advance(base.phase(), Phase.SETTLED), base.closeTime(), base.closeAnnounced(), base.result(),
                            base.settlementValue(),
                            base.determinedAt(), at, base.ladder(), type);
                });
            }
            case "price_level_structure_updated" -> {
                TickLadder ladder = KalshiRestClient.ladder(msg);
                update(ticker, type, old -> {
                    State base = old != null ? old : empty(ticker);
                    return new State(ticker, base.phase(), base.closeTime(), base.closeAnnounced(), base.result(), base.settlementValue(),
                            base.determinedAt(), base.settledAt(), Optional.of(ladder), type);
                });
            }
            default -> ignored.incrementAndGet(); // metadata_updated and future types: nothing the ports report
        }
    }

    private static State empty(String ticker) {
        return new State(ticker, Phase.UNKNOWN, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "");
    }

    /** Forward only; OPEN and PAUSED follow the latest word. */
    private static Phase advance(Phase from, Phase to) {
        return to.rank() >= from.rank() ? to : from;
    }

    private void update(String ticker, String event, java.util.function.UnaryOperator<State> f) {
        State[] changed = new State[1];
        states.compute(ticker, (t, old) -> {
            State next = f.apply(old);
            if (old == null || !sameFacts(old, next)) changed[0] = next;
            return next;
        });
        if (changed[0] != null && changed[0].phase() == Phase.SETTLED) settledSince.putIfAbsent(ticker, clock.instant());
        if (applied.incrementAndGet() % SWEEP_EVERY == 0) forgetLongSettled();
        if (changed[0] != null) {
            for (Consumer<State> l : listeners) {
                try {
                    l.accept(changed[0]);
                } catch (RuntimeException e) {
                    // a listener's bug must not stop the feed
                }
            }
        }
    }

    /** Drops the markets settled more than {@link #SETTLED_RETENTION} ago. */
    private void forgetLongSettled() {
        Instant cutoff = clock.instant().minus(SETTLED_RETENTION);
        for (Map.Entry<String, Instant> e : settledSince.entrySet()) {
            if (!e.getValue().isBefore(cutoff)) continue;
            states.computeIfPresent(e.getKey(), (t, s) -> s.phase() == Phase.SETTLED ? null : s);
            settledSince.remove(e.getKey(), e.getValue());
        }
    }

    /** Markets currently remembered. */
    int size() {
        return states.size();
    }

    private static boolean sameFacts(State a, State b) {
        return a.phase() == b.phase() && a.closeTime().equals(b.closeTime()) && a.closeAnnounced() == b.closeAnnounced() && a.result().equals(b.result())
                && a.settlementValue().equals(b.settlementValue()) && a.determinedAt().equals(b.determinedAt())
                && a.settledAt().equals(b.settledAt()) && a.ladder().equals(b.ladder());
    }

    private static Optional<Instant> seconds(JsonNode msg, String field) {
        JsonNode v = msg.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        if (!v.canConvertToLong()) throw new IllegalArgumentException(field + " must be Unix seconds, was " + v);
        return Optional.of(Instant.ofEpochSecond(v.asLong()));
    }
}
