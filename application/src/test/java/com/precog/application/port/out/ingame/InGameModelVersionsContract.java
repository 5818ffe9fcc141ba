package com.precog.application.port.out.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every {@link InGameModelVersions} passes (in memory, file store, and later the database). */
public abstract class InGameModelVersionsContract {
    protected abstract InGameModelVersions newStore();

    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");
    private InGameModelVersions store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    @Test
    void givenNewName_create_startsAtVersion1AndCountsUp() {
        StoredInGameModel v1 = store.create("wp", "nfl_ingame_logistic", "a\nb\n", T);
        StoredInGameModel v2 = store.create("wp", "nfl_ingame_logistic", "c\n", T.plusSeconds(1));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.reference()).isEqualTo("wp@2");
        assertThat(store.create("other", "t", "x", T).version()).isEqualTo(1);
    }

    @Test
    void find_returnsTheStoredVersionUnchanged() {
        store.create("wp", "nfl_ingame_logistic", "first\n1.5 2.5\n", T);
        store.create("wp", "nfl_ingame_logistic", "second\n", T);
        StoredInGameModel got = store.find("wp", 1).orElseThrow();
        assertThat(got.config()).isEqualTo("first\n1.5 2.5\n");
        assertThat(got.type()).isEqualTo("nfl_ingame_logistic");
        assertThat(got.createdAt()).isEqualTo(T);
        assertThat(store.find("wp", 2).orElseThrow().config()).isEqualTo("second\n");
    }

    @Test
    void givenUnknownNameOrVersion_find_isEmpty() {
        store.create("wp", "t", "x", T);
        assertThat(store.find("wp", 3)).isEmpty();
        assertThat(store.find("nope", 1)).isEmpty();
    }

    @Test
    void givenBadName_create_rejectsIt() {
        assertThatThrownBy(() -> store.create("../etc", "t", "x", T)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../etc");
    }
}
