package com.precog.application.service.ingame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.application.port.out.ingame.InGameModelVersions;
import com.precog.application.port.out.ingame.InGameModelVersionsContract;
import com.precog.application.port.out.models.InMemoryModelVersions;
import com.precog.domain.model.ModelRef;
import com.precog.domain.model.ModelStatus;
import com.precog.domain.model.ModelType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModelVersionsInGameModelsTest extends InGameModelVersionsContract {
    private final InMemoryModelVersions shared = new InMemoryModelVersions();

    @Override
    protected InGameModelVersions newStore() {
        return new ModelVersionsInGameModels(shared, ModelType.HISTORICAL_LOOKUP);
    }

    @Test
    void storedVersionIsADraftInTheSharedStore() {
        newStore().create("wp", "text", Instant.EPOCH);
        var v = shared.find(ModelRef.parse("wp@v1.0")).orElseThrow();
        assertThat(v.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(v.config()).containsEntry(ModelVersionsInGameModels.CONFIG_KEY, "text");
    }

    @Test
    void givenPreGameType_constructor_refusesIt() {
        assertThatThrownBy(() -> new ModelVersionsInGameModels(shared, ModelType.ELO)).hasMessageContaining("elo");
    }
}
