package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MenuGroupTest {

    @Test
    void theOrderNumberPicksTheGroup() {
        assertThat(groupOf(1.0)).isEqualTo(MenuGroup.PLANNING);
        assertThat(groupOf(5.0)).isEqualTo(MenuGroup.PLANNING);
        assertThat(groupOf(10.0)).isEqualTo(MenuGroup.STAFF);
        assertThat(groupOf(45.0)).isEqualTo(MenuGroup.STAFF);
        assertThat(groupOf(50.0)).isEqualTo(MenuGroup.FORCES);
        assertThat(groupOf(90.0)).isEqualTo(MenuGroup.EXERCISES);
        assertThat(groupOf(null)).isEqualTo(MenuGroup.MORE);
    }

    private static MenuGroup groupOf(Double order) {
        MenuEntry entry = new MenuEntry("x", "X", order, null, null);
        return Arrays.stream(MenuGroup.values()).filter(group -> group.contains(entry)).findFirst().orElseThrow();
    }
}
