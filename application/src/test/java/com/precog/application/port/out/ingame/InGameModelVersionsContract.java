package com.precog.application.port.out.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.model.ModelRef;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every {@link InGameModelVersions} passes (in memory, file store, the shared model-version store). */
public abstract class InGameModelVersionsContract {
    protected abstract InGameModelVersions newStore();

    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");
    private InGameModelVersions store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    @Test
    void givenNewName_create_startsAtV1_0AndCountsMinorVersionsUp() {
        StoredInGameModel v1 = store.create("wp", "a\nb\n", T);
        StoredInGameModel v2 = store.create("wp", "c\n", T.plusSeconds(1));
        assertThat(v1.ref()).isEqualTo(ModelRef.parse("wp@v1.0"));
        assertThat(v2.ref()).isEqualTo(ModelRef.parse("wp@v1.1"));
        assertThat(store.create("other", "x", T).ref()).isEqualTo(ModelRef.parse("other@v1.0"));
    }

    @Test
    void find_returnsTheStoredVersionUnchanged() {
        store.create("wp", "first\n1.5 2.5\n", T);
        store.create("wp", "second\n", T);
        StoredInGameModel got = store.find(ModelRef.parse("wp@v1.0")).orElseThrow();
        assertThat(got.config()).isEqualTo("first\n1.5 2.5\n");
        assertThat(got.createdAt()).isEqualTo(T);
        assertThat(store.find(ModelRef.parse("wp@v1.1")).orElseThrow().config()).isEqualTo("second\n");
    }

    @Test
    void givenUnknownNameOrVersion_find_isEmpty() {
        store.create("wp", "x", T);
        assertThat(store.find(ModelRef.parse("wp@v1.3"))).isEmpty();
        assertThat(store.find(ModelRef.parse("nope@v1.0"))).isEmpty();
    }

    @Test
    void givenBadName_create_rejectsItByName() {
        assertThatThrownBy(() -> store.create("../etc", "x", T)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../etc");
    }
}
