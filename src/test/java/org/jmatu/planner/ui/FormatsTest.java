package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void listsReadTheSameWhateverTheirOrder() {
        assertThat(Formats.list(List.of(10, 2, 1))).isEqualTo("1, 2, 10");
        assertThat(Formats.list(Set.of("SIGNAL", "ENGINEER"))).isEqualTo("ENGINEER, SIGNAL");
        assertThat(Formats.list(Set.of())).isEqualTo("—");
    }

    @Test
    void emptyValuesShowADash() {
        assertThat(Formats.value(null)).isEqualTo("—");
        assertThat(Formats.value(" ")).isEqualTo("—");
        assertThat(Formats.value(3)).isEqualTo("3");
    }
}
