package org.jmatu.planner.growth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.jmatu.planner.growth.GrowthService;
import org.jmatu.planner.growth.PeriodStrength;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.ui.BarChart;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The phases on the timeline: a planner moves one, the strength follows; the commander reads without arrows. */
@SpringBootTest(properties = "planner.test.context=growth-view")
class GrowthViewTest extends KaribuTest {

    @Autowired
    GrowthService growth;

    @AfterEach
    void noPhases() {
        signIn(SignedInAs.planner());
        growth.savePhases(List.of());
    }

    @Test
    void aPlannerMovesAPhaseLaterOnTheTimelineAndTheStrengthFollows() {
        growth.savePhases(List.of(new Growth.Phase("Battalion", 0, List.of(), List.of(), List.of()),
                new Growth.Phase("Reinforced battalion", 2, List.of("Signal"), List.of(), List.of())));
        GrowthView view = open(GrowthView.class);
        assertThat(_find(view.timeline, com.vaadin.flow.component.html.Div.class).stream()
                .filter(div -> div.hasClassName(PhaseTimeline.BAR))).hasSize(2);
        int postsBefore = posts(view, 2);

        _find(view.timeline, Button.class).stream().filter(button -> button.hasClassName(PhaseTimeline.LATER))
                .filter(button -> button.getAriaLabel().orElse("").contains("Reinforced battalion")).findFirst()
                .orElseThrow().click();

        assertThat(growth.phases()).extracting(Growth.Phase::firstPeriod).containsExactly(0, 3);
        assertThat(posts(view, 2)).isEqualTo(postsBefore - 2);
        assertThat(_find(view.postsByNation, com.vaadin.flow.component.html.Div.class).stream()
                .filter(div -> div.hasClassName(BarChart.COLUMN))).hasSize(6);
        assertThat(view.shortfalls.getChildren().count()).isEqualTo(2);
    }

    @Test
    void theCommanderSeesThePhasesButCannotMoveThem() {
        growth.savePhases(List.of(new Growth.Phase("Battalion", 0, List.of(), List.of(), List.of())));
        signIn(SignedInAs.commander());
        GrowthView view = open(GrowthView.class);

        assertThat(_find(view.timeline, Button.class)).isEmpty();
        assertThat(_find(view, Button.class).stream().filter(Button::isVisible)
                .filter(button -> button.getText().equals("New phase"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static int posts(GrowthView view, int period) {
        Grid<PeriodStrength> grid = view.strength;
        return com.github.mvysny.kaributesting.v10.GridKt._get(grid, period).posts();
    }
}
