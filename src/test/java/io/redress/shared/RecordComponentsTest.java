package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordComponentsTest {

    record Refund(String caseId, long amount, List<String> legs) {
    }

    @Test
    void readsEachComponentByNameInDeclarationOrder() {
        Refund refund = new Refund("C-1", 8900, List.of("P1"));

        assertThat(RecordComponents.of(refund)).extracting(RecordComponents.Component::name)
                .containsExactly("caseId", "amount", "legs");
        assertThat(RecordComponents.of(refund)).extracting(c -> c.valueIn(refund))
                .containsExactly("C-1", 8900L, List.of("P1"));
    }

    @Test
    void looksUpAClassOnceAndReusesItsAccessors() {
        List<RecordComponents.Component> first = RecordComponents.of(new Refund("C-1", 1, List.of()));
        List<RecordComponents.Component> second = RecordComponents.of(new Refund("C-2", 2, List.of()));

        assertThat(second).isSameAs(first);
        assertThat(second.get(0).accessor()).isSameAs(first.get(0).accessor());
    }
}
