package com.precog.application.service.games;

import static org.assertj.core.api.Assertions.assertThat;

import com.precog.domain.game.GameState;
import com.precog.domain.game.League;
import com.precog.domain.game.TestGames;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GameLinkingTest {
    // the three real KXNFLGAME events of the Kalshi fixture (events.json), with games as ESPN would list them
    private final GameState tbAtDal = TestGames.scheduled(League.NFL, "401772830", "TB", "DAL", Instant.parse("2026-10-09T00:15:00Z"));
    private final GameState cinAtMia = TestGames.scheduled(League.NFL, "401772831", "CIN", "MIA", Instant.parse("2026-10-11T17:00:00Z"));
    private final GameState phiAtJax = TestGames.scheduled(League.NFL, "401772832", "PHI", "JAX", Instant.parse("2026-10-11T13:30:00Z"));

    @Test
    void batch_reportsLinkedUnmatchedAmbiguousAndUnreadableSeparately() {
        GameState twin = TestGames.scheduled(League.NFL, "401772899", "CIN", "MIA", Instant.parse("2026-10-11T20:00:00Z"));
        GameLinking.Report r = GameLinking.link(List.of("KXNFLGAME-26OCT08TBDAL", "KXNFLGAME-26OCT08TBDAL-TB", "KXNFLGAME-26OCT11PHIJAC",
                        "KXNFLGAME-26OCT11CINMIA", "KXNFLGAME-26OCT12NYGNE", "KXMVESPORTS-XYZ"),
                List.of(tbAtDal, cinAtMia, phiAtJax, twin));
        assertThat(r.linked()).hasSize(3);
        assertThat(r.linkedGames()).containsExactly(tbAtDal.id(), phiAtJax.id());
        assertThat(r.ambiguous()).singleElement().satisfies(a -> assertThat(a.candidates()).containsExactlyInAnyOrder(cinAtMia.id(), twin.id()));
        assertThat(r.unmatched()).singleElement().satisfies(u -> assertThat(u.ticker().eventTicker()).isEqualTo("KXNFLGAME-26OCT12NYGNE"));
        assertThat(r.unreadable()).containsExactly("KXMVESPORTS-XYZ");
    }
}
