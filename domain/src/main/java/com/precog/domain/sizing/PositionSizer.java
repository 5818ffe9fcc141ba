package com.precog.domain.sizing;

import com.precog.domain.money.Contracts;
import com.precog.domain.money.Dollars;
import com.precog.domain.money.Price;
import java.util.Objects;

/**
 * Sizes one entry with fractional Kelly and every limit of SPEC §5, as a pure function of the
 * request and an {@link ExposureView}. Order of rules: never both sides, balance floor, trade
 * counts, Kelly (no edge), position counts, correlation reject; then the stake
 * {@code fraction × f* × bankroll × reductions} (halved at high correlation; the request's fraction
 * is first capped at {@link #maxFraction()}, the configured {@code kelly_hard_max}) is capped by the
 * position cap (min of dollars and bankroll share, less what the market already holds), total,
 * game, correlated and league exposure, converted to contracts {@code floor(stake / c)}, capped
 * by the book, and refused below the minimum position. The tightest cap is reported as the
 * binding limit. Works on scaled longs; allocates only the result. Immutable and thread-safe.
 */
public final class PositionSizer {
    private static final long MILLION = 1_000_000L;
    private final RiskLimits limits;
    private final SizeReductions reductions;
    private final KellyFraction maxFraction;

    /**
     * A sizer with the given rules whose Kelly fractions are capped only by {@link KellyFraction#HARD_MAX}.
     *
     * @param limits the entry limits
     * @param reductions the size reductions
     * @throws NullPointerException if either is null
     */
    public PositionSizer(RiskLimits limits, SizeReductions reductions) {
        this(limits, reductions, KellyFraction.HARD_MAX);
    }

    /**
     * A sizer with the given rules and a cap on the Kelly fraction of every request, so a lowered
     * {@code kelly_hard_max} also holds for strategy versions created with a larger fraction.
     *
     * @param limits the entry limits
     * @param reductions the size reductions
     * @param maxFraction the largest Kelly fraction any entry is sized with
     * @throws NullPointerException if any is null
     */
    public PositionSizer(RiskLimits limits, SizeReductions reductions, KellyFraction maxFraction) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reductions = Objects.requireNonNull(reductions, "reductions");
        this.maxFraction = Objects.requireNonNull(maxFraction, "maxFraction");
    }

    /** {@return a sizer with the SPEC §5 defaults: {@link RiskLimits#defaults()} and {@link SizeReductions#defaults()}} */
    public static PositionSizer defaults() {
        return new PositionSizer(RiskLimits.defaults(), SizeReductions.defaults());
    }

    /** {@return the entry limits} */
    public RiskLimits limits() {
        return limits;
    }

    /** {@return the size reductions} */
    public SizeReductions reductions() {
        return reductions;
    }

    /** {@return the largest Kelly fraction an entry is sized with (a request asking for more gets this)} */
    public KellyFraction maxFraction() {
        return maxFraction;
    }

    /**
     * Sizes one entry. Pure: the same inputs always give the same decision.
     *
     * @param r the candidate entry
     * @param e the account as this decision sees it
     * @return {@link SizingDecision.Sized} with contracts rounded down (to whole contracts unless the
     *         market trades fractions), its cost (count × price plus the fee share rounded up to $0.0001, what the fill costs at most) and the binding limit;
     *         or {@link SizingDecision.Rejected} naming the one rule that refused
     */
    public SizingDecision size(SizingRequest r, ExposureView e) {
        long c = r.allInCostUnits();
        if (e.heldHundredths(r.side().opposite()) > 0) {
            return reject(RejectionReason.OPPOSITE_SIDE_HELD, 0, "holds " + r.side().opposite() + " in this market");
        }
        if (e.bankroll().compareTo(limits.minBalance()) < 0) {
            return reject(RejectionReason.BALANCE_TOO_LOW, 0, "balance " + e.bankroll() + " < " + limits.minBalance());
        }
        if (e.tradesLastHour() >= limits.maxTradesPerHour()) {
            return reject(RejectionReason.HOURLY_TRADE_LIMIT, 0, e.tradesLastHour() + " trades in the last hour, max " + limits.maxTradesPerHour());
        }
        if (e.tradesToday() >= limits.maxTradesPerDay()) {
            return reject(RejectionReason.DAILY_TRADE_LIMIT, 0, e.tradesToday() + " trades today, max " + limits.maxTradesPerDay());
        }
        long full = Kelly.fullMillionths(r.winProbabilityMillionths(), c);
        if (full == 0) return NO_EDGE;
        boolean adding = e.heldHundredths(r.side()) > 0;
        if (!adding && e.openPositions() >= limits.maxOpenPositions()) {
            return reject(RejectionReason.TOO_MANY_OPEN_POSITIONS, full, e.openPositions() + " open, max " + limits.maxOpenPositions());
        }
        if (!adding && e.gamePositions() >= limits.maxPositionsPerGame()) {
            return reject(RejectionReason.TOO_MANY_GAME_POSITIONS, full, e.gamePositions() + " in this game, max " + limits.maxPositionsPerGame());
        }
        if (e.maxCorrelationMillionths() >= limits.correlationRejectMillionths()) {
            return reject(RejectionReason.CORRELATION_TOO_HIGH, full, "correlation " + e.maxCorrelationMillionths() / 1e6
                    + " >= " + limits.correlationRejectMillionths() / 1e6);
        }
        long fractional = Kelly.fractionalMillionths(full, Math.min(r.fraction().millionths(), maxFraction.millionths()));
        long factor = reductions.factorMillionths(r.conditions());
        if (e.maxCorrelationMillionths() >= limits.correlationHalveMillionths()) factor /= 2;
        long bankroll = e.bankroll().units();
        long stake = SizingMath.mulDivFloor(Kelly.stakeUnits(fractional, bankroll), factor, MILLION);

        long budget = stake;
        SizeLimit binding = SizeLimit.KELLY;
        long shareCap = SizingMath.mulDivFloor(Math.max(0, bankroll), limits.maxPositionBankrollShare().millionths(), MILLION);
        long dollarCap = limits.maxPosition().units();
        boolean shareBinds = shareCap < dollarCap;
        long positionRoom = Math.min(shareCap, dollarCap) - e.marketExposure().units();
        if (positionRoom <= 0) return reject(RejectionReason.POSITION_CAP_REACHED, full, "market holds " + e.marketExposure());
        if (positionRoom < budget) {
            budget = positionRoom;
            binding = shareBinds ? SizeLimit.BANKROLL_SHARE : SizeLimit.POSITION_CAP;
        }
        long totalRoom = limits.maxTotalExposure().units() - e.totalExposure().units();
        if (totalRoom <= 0) return reject(RejectionReason.TOTAL_EXPOSURE_FULL, full, "total exposure " + e.totalExposure());
        if (totalRoom < budget) {
            budget = totalRoom;
            binding = SizeLimit.TOTAL_EXPOSURE;
        }
        long gameRoom = limits.maxGameExposure().units() - e.gameExposure().units();
        if (gameRoom <= 0) return reject(RejectionReason.GAME_EXPOSURE_FULL, full, "game exposure " + e.gameExposure());
        if (gameRoom < budget) {
            budget = gameRoom;
            binding = SizeLimit.GAME_EXPOSURE;
        }
        long correlatedRoom = limits.maxCorrelatedExposure().units() - e.correlatedExposure().units();
        if (correlatedRoom <= 0) return reject(RejectionReason.CORRELATED_EXPOSURE_FULL, full, "correlated exposure " + e.correlatedExposure());
        if (correlatedRoom < budget) {
            budget = correlatedRoom;
            binding = SizeLimit.CORRELATED_EXPOSURE;
        }
        long leagueCap = limits.leagueCapUnits(r.league());
        if (leagueCap != Long.MAX_VALUE) {
            long leagueRoom = leagueCap - e.leagueExposure().units();
            if (leagueRoom <= 0) return reject(RejectionReason.LEAGUE_SHARE_FULL, full, r.league() + " exposure " + e.leagueExposure());
            if (leagueRoom < budget) {
                budget = leagueRoom;
                binding = SizeLimit.LEAGUE_SHARE;
            }
        }
        long contracts = Kelly.contractsHundredths(budget, c, r.fractionalTrading());
        if (contracts > 0 && costUnits(contracts, r) > budget) {
            // the fill's fee is rounded up to $0.0001 once per fill: a fractional count can cost up to that much more than
            // count × all-in cost, so size against a budget one basis cent smaller
            contracts = Kelly.contractsHundredths(Math.max(0, budget - BASIS_CENT_UNITS), c, r.fractionalTrading());
        }
        long available = r.fractionalTrading() ? r.availableHundredths() : r.availableHundredths() - r.availableHundredths() % 100;
        if (available <= 0) return reject(RejectionReason.NO_LIQUIDITY, full, "the book offers nothing at " + Price.ofMicros(r.priceMicros()));
        if (contracts > available) {
            contracts = available;
            binding = SizeLimit.BOOK_DEPTH;
        }
        long cost = contracts == 0 ? 0 : costUnits(contracts, r);
        if (contracts == 0 || cost < limits.minPosition().units()) {
            return reject(RejectionReason.BELOW_MIN_POSITION, full, "position " + Dollars.ofUnits(cost) + " < " + limits.minPosition()
                    + " (binding " + binding.wireName() + ")");
        }
        return new SizingDecision.Sized(r.side(), Price.ofMicros(r.priceMicros()), Dollars.ofUnits(c), Contracts.ofHundredths(contracts),
                Dollars.ofUnits(cost), full, fractional, factor, Dollars.ofUnits(stake), binding);
    }

    private static final long BASIS_CENT_UNITS = Dollars.BASIS_CENT.units();

    /**
     * What a fill of {@code hundredths} costs at most: {@code count × price} plus the fee share {@code count × fee per
     * contract} rounded up to $0.0001, as Kalshi rounds a fill's fee (so a fractional count is not under-costed).
     */
    private static long costUnits(long hundredths, SizingRequest r) {
        long priceUnits = Math.multiplyExact(hundredths, r.priceMicros());
        long feeUnits = Math.ceilDiv(Math.multiplyExact(hundredths, r.feePerContractUnits()), 100L);
        return Math.addExact(priceUnits, Math.multiplyExact(Math.ceilDiv(feeUnits, BASIS_CENT_UNITS), BASIS_CENT_UNITS));
    }

    private static final SizingDecision.Rejected NO_EDGE = new SizingDecision.Rejected(RejectionReason.NO_EDGE, 0, "kelly f* <= 0 after fees");

    private static SizingDecision.Rejected reject(RejectionReason reason, long full, String detail) {
        return new SizingDecision.Rejected(reason, full, detail);
    }
}
