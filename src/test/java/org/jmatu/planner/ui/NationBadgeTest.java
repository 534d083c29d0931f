package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.junit.jupiter.api.Test;

class NationBadgeTest {

    @Test
    void aNationIsItsCodeOnItsColour() {
        NationBadge badge = new NationBadge(new Nation("KAZ", "Kazakhstan", NationRole.FRAMEWORK,
                EquipmentStandard.SOVIET, 2, 4, 0.4));

        assertThat(badge.getText()).isEqualTo("KAZ");
        assertThat(badge.getClassNames()).contains("nation-badge");
        assertThat(badge.getStyle().get("background")).isEqualTo("var(--nation-KAZ, var(--lumo-contrast-60pct))");
        assertThat(badge.getElement().getAttribute("title")).isEqualTo("Kazakhstan");
    }

    @Test
    void oddCodesStayTextAndNeverReachTheStyle() {
        NationBadge badge = new NationBadge("<b>X</b>);background:url(x)");

        assertThat(badge.getText()).isEqualTo("<b>X</b>);background:url(x)");
        assertThat(badge.getElement().getChildren()).allMatch(child -> child.isTextNode());
        assertThat(badge.getStyle().get("background")).isNull();
    }
}
