package com.precog.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SituationTest {
    @Test
    void yardLineFromHomeGoal_isSeenFromThePossessingTeam() {
        // ESPN examples: NO (away) at NO 10 -> yardLine 90; CIN (home) at PIT 12 -> 88; DET (home) at DET 34 -> 34
        assertThat(Situation.yardsToEndZoneFromHomeGoalLine(90, false)).isEqualTo(90);
        assertThat(Situation.yardsToEndZoneFromHomeGoalLine(88, true)).isEqualTo(12);
        assertThat(Situation.yardsToEndZoneFromHomeGoalLine(34, true)).isEqualTo(66);
    }

    @Test
    void invalidDown_isRejectedNamingDown() {
        assertThatThrownBy(() -> Situation.of(null, 5, 10, 50, false)).hasMessageContaining("down");
        assertThatThrownBy(() -> Situation.yardsToEndZoneFromHomeGoalLine(101, true)).hasMessageContaining("yardLine");
    }

    @Test
    void none_isUnknown() {
        assertThat(Situation.NONE.isKnown()).isFalse();
        assertThat(Situation.of(TeamId.of(League.NFL, "NO"), 1, 10, 90, false).isKnown()).isTrue();
    }
}
