package com.precog.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.exit.ExitPriority;
import com.precog.domain.market.BookTop;
import com.precog.domain.market.Side;
import com.precog.domain.market.TickLadder;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ExitPricingTest {
    // YES bid 0.60, NO bid 0.37 -> YES ask 0.63
    private static final BookTop TOP = new BookTop(600_000, 1_000, 370_000, 1_000);
    private static final TickLadder CENT = TickLadder.cent();

    @Test
    void firstPrices_followTheSpecTable() {
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.WORST_ACCEPTABLE_IOC, TOP, Side.YES, CENT, 50_000)).isEqualTo(550_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.BID_PLUS_TICK, TOP, Side.YES, CENT, 50_000)).isEqualTo(610_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.MID, TOP, Side.YES, CENT, 50_000)).isEqualTo(620_000); // 0.615 -> up
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.ASK_MINUS_TICK, TOP, Side.YES, CENT, 50_000)).isEqualTo(620_000);
    }

    @Test
    void firstPrices_forTheNoSide_useTheNoQuotes() {
        // NO bid 0.37, NO ask = 1 - 0.60 = 0.40
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.BID_PLUS_TICK, TOP, Side.NO, CENT, 50_000)).isEqualTo(380_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.ASK_MINUS_TICK, TOP, Side.NO, CENT, 50_000)).isEqualTo(390_000);
    }

    @Test
    void oneTickIsTheMarketsOwnTickAtThatPrice() {
        TickLadder tapered = TickLadder.tapered(); // 0.001 above 0.90
        BookTop high = new BookTop(950_000, 100, 40_000, 100);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.BID_PLUS_TICK, high, Side.YES, tapered, 50_000)).isEqualTo(951_000);
        assertThat(ExitPricing.walkMicros(951_000, 950_000, tapered)).isEqualTo(950_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.BID_PLUS_TICK, TOP, Side.YES, tapered, 50_000)).isEqualTo(610_000);
    }

    @Test
    void lowExit_withAOneTickSpread_restsAtTheAskInsteadOfCrossing() {
        BookTop tight = new BookTop(600_000, 100, 390_000, 100); // YES 0.60 / 0.61
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.ASK_MINUS_TICK, tight, Side.YES, CENT, 50_000)).isEqualTo(610_000);
    }

    @Test
    void worstAcceptable_neverBelowOneTick() {
        assertThat(ExitPricing.worstAcceptableMicros(30_000, CENT, 50_000)).isEqualTo(10_000);
        assertThat(ExitPricing.worstAcceptableMicros(0, CENT, 50_000)).isEqualTo(10_000);
        assertThat(ExitPricing.worstAcceptableMicros(603_000, CENT, 50_000)).isEqualTo(560_000); // 0.553 rounds up (passive)
    }

    @Test
    void walking_stopsOneTickBelowTheBid() {
        long p = 620_000;
        p = ExitPricing.walkMicros(p, 600_000, CENT);
        assertThat(p).isEqualTo(610_000);
        p = ExitPricing.walkMicros(p, 600_000, CENT);
        p = ExitPricing.walkMicros(p, 600_000, CENT);
        assertThat(p).isEqualTo(590_000);
        assertThat(ExitPricing.walkMicros(p, 600_000, CENT)).isEqualTo(590_000);
    }

    @Property
    void everyPriceIsOnTheLadderAndInsideTheUnitInterval(@ForAll @IntRange(min = 0, max = 990_000) int yesBid,
                                                         @ForAll @IntRange(min = 0, max = 990_000) int noBid,
                                                         @ForAll FirstPrice rule) {
        TickLadder ladder = TickLadder.tapered();
        long yb = yesBid == 0 ? 0 : ladder.floor(yesBid) == 0 ? 0 : ladder.floor(yesBid);
        long nb = noBid == 0 ? 0 : ladder.floor(noBid) == 0 ? 0 : ladder.floor(noBid);
        if (yb + nb >= 1_000_000) return; // crossed book
        BookTop top = new BookTop(yb, yb == 0 ? 0 : 100, nb, nb == 0 ? 0 : 100);
        long p = ExitPricing.firstPriceMicros(rule, top, Side.YES, ladder, 50_000);
        assertThat(p).isBetween(ladder.minPrice(), ladder.maxPrice());
        assertThat(ladder.isOnLadder(p)).isTrue();
        long w = ExitPricing.walkMicros(p, yb, ladder);
        assertThat(w).isLessThanOrEqualTo(p);
        assertThat(ladder.isOnLadder(w)).isTrue();
    }

    @Test
    void defaultPlans_matchSection9() {
        ExecutionPolicy policy = ExecutionPolicy.defaults();
        assertThat(policy.plan(ExitPriority.CRITICAL).timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.plan(ExitPriority.HIGH).maxWalks()).isEqualTo(2);
        assertThat(policy.plan(ExitPriority.HIGH).whenExhausted()).isEqualTo(WalksExhausted.IOC_CROSS);
        assertThat(policy.plan(ExitPriority.MEDIUM).timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.plan(ExitPriority.MEDIUM).maxWalks()).isEqualTo(5);
        assertThat(policy.plan(ExitPriority.LOW).timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.plan(ExitPriority.LOW).maxWalks()).isEqualTo(10);
        assertThat(policy.plan(ExitPriority.LOW).whenExhausted()).isEqualTo(WalksExhausted.CANCEL);
    }

    @Test
    void withOnlyAnAsk_everyPassiveRuleRestsOneTickBelowTheAsk() {
        BookTop onlyAsk = new BookTop(0, 0, 370_000, 1_000); // no YES bid, YES ask 0.63
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.BID_PLUS_TICK, onlyAsk, Side.YES, CENT, 50_000)).isEqualTo(620_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.MID, onlyAsk, Side.YES, CENT, 50_000)).isEqualTo(620_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.ASK_MINUS_TICK, onlyAsk, Side.YES, CENT, 50_000)).isEqualTo(620_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.WORST_ACCEPTABLE_IOC, onlyAsk, Side.YES, CENT, 50_000)).isEqualTo(10_000);
    }

    @Test
    void withOnlyABid_everyPassiveRuleRestsOneTickAboveTheBid() {
        BookTop onlyBid = new BookTop(600_000, 1_000, 0, 0); // YES bid 0.60, no YES ask
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.BID_PLUS_TICK, onlyBid, Side.YES, CENT, 50_000)).isEqualTo(610_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.MID, onlyBid, Side.YES, CENT, 50_000)).isEqualTo(610_000);
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.ASK_MINUS_TICK, onlyBid, Side.YES, CENT, 50_000)).isEqualTo(610_000);
    }

    @Test
    void withAnEmptyBook_passiveRulesRestAtTheHighestPrice() {
        for (FirstPrice rule : new FirstPrice[] {FirstPrice.BID_PLUS_TICK, FirstPrice.MID, FirstPrice.ASK_MINUS_TICK}) {
            assertThat(ExitPricing.firstPriceMicros(rule, BookTop.EMPTY, Side.YES, CENT, 50_000)).as(rule.name()).isEqualTo(990_000);
            assertThat(ExitPricing.firstPriceMicros(rule, BookTop.EMPTY, Side.NO, TickLadder.tapered(), 50_000)).as(rule.name()).isEqualTo(999_000);
        }
    }

    @Test
    void mid_ofAnOddSpread_roundsUpTowardTheAsk() {
        TickLadder micro = TickLadder.uniform(1);
        BookTop odd = new BookTop(600_000, 10, 399_997, 10); // YES 0.600000 / 0.600003: mid 0.6000015
        assertThat(ExitPricing.firstPriceMicros(FirstPrice.MID, odd, Side.YES, micro, 50_000)).isEqualTo(600_002);
    }

    @Test
    void sellPrice_roundsUpToTheLadder() {
        assertThat(ExitPricing.sellPrice(615_000, CENT)).isEqualTo(com.precog.domain.money.Price.of("0.62"));
        assertThat(ExitPricing.sellPrice(620_000, CENT)).isEqualTo(com.precog.domain.money.Price.of("0.62"));
        assertThat(ExitPricing.sellPrice(950_500, TickLadder.tapered())).isEqualTo(com.precog.domain.money.Price.of("0.951"));
    }

    @Test
    void defaultMaximumSlippage_isFiveCents() {
        assertThat(ExecutionPolicy.defaults().maxSlippageMicros()).isEqualTo(50_000);
    }
}
