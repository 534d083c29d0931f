package org.jmatu.planner.growth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jmatu.planner.growth.GrowthService;
import org.jmatu.planner.growth.PeriodStrength;
import org.jmatu.planner.growth.PhaseSet;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.BarChart;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The phases on the timeline: a planner moves one, the strength follows; the commander reads without arrows; a move
 * based on phases another planner saved since the page read them is refused with the conflict message and a reload.
 */
@SpringBootTest(properties = "planner.test.context=growth-view")
class GrowthViewTest extends KaribuTest {

    @Autowired
    GrowthService growth;

    @Autowired
    StaffingService staffing;

    @AfterEach
    void noPhases() {
        signIn(SignedInAs.planner());
        save();
    }

    @Test
    void aPlannerMovesAPhaseLaterOnTheTimelineAndTheStrengthFollows() {
        save(phase("Battalion", 0, List.of()), phase("Reinforced battalion", 2, List.of("Signal")));
        GrowthView view = open(GrowthView.class);
        assertThat(bars(view)).hasSize(2);
        int postsBefore = posts(view, 2);

        later(view, "Reinforced battalion").click();

        assertThat(growth.phaseSet().inOrder()).extracting(PhaseSet.Phase::firstPeriod).containsExactly(0, 3);
        assertThat(posts(view, 2)).isEqualTo(postsBefore - 2);
        assertThat(_find(view.postsByNation, Div.class).stream()
                .filter(div -> div.hasClassName(BarChart.COLUMN))).hasSize(6);
        assertThat(view.shortfalls.getChildren().count()).isEqualTo(2);
    }

    @Test
    void theCommanderSeesThePhasesButCannotMoveThem() {
        save(phase("Battalion", 0, List.of()));
        signIn(SignedInAs.commander());
        GrowthView view = open(GrowthView.class);

        assertThat(_find(view.timeline, Button.class)).isEmpty();
        assertThat(_find(view, Button.class).stream().filter(Button::isVisible)
                .filter(button -> button.getText().equals("New phase"))).isEmpty();
    }

    @Test
    void aMoveBasedOnPhasesSavedSinceShowsTheConflictAndReloads() {
        save(phase("Reinforced battalion", 2, List.of("Signal")));
        GrowthView view = open(GrowthView.class);
        // another planner moves the phase to the fourth period while this page shows it in the third
        PhaseSet theirs = growth.phaseSet();
        PhaseSet.Phase phase = theirs.phases().getFirst();
        growth.savePhases(theirs.replace(phase, phase.withFirstPeriod(3)));

        later(view, "Reinforced battalion").click();

        assertThat(growth.phaseSet().phases()).extracting(PhaseSet.Phase::firstPeriod).as("theirs, not overwritten")
                .containsExactly(3);
        PhaseConflictDialog conflict = _get(PhaseConflictDialog.class);
        assertThat(conflict.getHeaderTitle()).isEqualTo("The growth phases were changed by someone else");
        assertThat(_find(conflict, ListItem.class)).singleElement()
                .satisfies(line -> assertThat(line.getText()).startsWith("planner, ")
                        .contains("Reinforced battalion (changed) First period: 2028-H1 → 2028-H2"));
        assertThat(bars(view).getFirst().getElement().getStyle().get("left")).as("still as this page read it")
                .startsWith(String.valueOf(100.0 / 6 * 2).substring(0, 5));

        conflict.reload.click();

        assertThat(_find(PhaseConflictDialog.class)).isEmpty();
        assertThat(bars(view).getFirst().getElement().getStyle().get("left")).startsWith("50");
        later(view, "Reinforced battalion").click();
        assertThat(growth.phaseSet().phases()).extracting(PhaseSet.Phase::firstPeriod).containsExactly(4);
    }

    /** A phase opened after its post was renamed shows the post under its new code, and saving keeps it. */
    @Test
    void thePhaseEditorShowsAPostRenamedMeanwhileUnderItsNewCode() {
        PhaseSet.Member post = growth.choices().orElseThrow().posts().stream()
                .filter(member -> member.code().equals("J9-CH")).findFirst().orElseThrow();
        save(new PhaseSet.Phase(null, "Brigade", 4, List.of(), List.of(post), List.of()));
        Post renamed = staffing.findPost("J9-CH").orElseThrow();
        renamed.setCode("J9-CHIEF");
        renamed = staffing.save(renamed);
        try {
            GrowthView view = open(GrowthView.class);
            _click(_find(view.timeline, Span.class).stream().filter(span -> span.getText().equals("Brigade"))
                    .findFirst().orElseThrow());
            PhaseEditor editor = _get(PhaseEditor.class);
            assertThat(editor.posts.getValue()).extracting(PhaseSet.Member::code).containsExactly("J9-CHIEF");

            editor.firstPeriod.setValue(3);
            editor.save.click();

            assertThat(growth.phaseSet().phases()).singleElement().satisfies(phase -> {
                assertThat(phase.firstPeriod()).isEqualTo(3);
                assertThat(phase.posts()).extracting(PhaseSet.Member::code).containsExactly("J9-CHIEF");
            });
        } finally {
            renamed.setCode("J9-CH");
            staffing.save(renamed);
        }
    }

    /** A section no post carries any more is named under the timeline: the phase brings nothing in through it. */
    @Test
    void aSectionWithoutPostsIsNamedUnderTheTimeline() {
        save(phase("Brigade", 4, List.of("Signal", "Psychological Operations")));
        GrowthView view = open(GrowthView.class);

        assertThat(_find(view.sectionsWithoutPosts, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Phase Brigade lists section Psychological Operations, which no post has any more: it brings nothing"
                        + " in through that section until a post is given it again.");
    }

    private static List<Div> bars(GrowthView view) {
        return _find(view.timeline, Div.class).stream().filter(div -> div.hasClassName(PhaseTimeline.BAR)).toList();
    }

    private static Button later(GrowthView view, String phase) {
        return _find(view.timeline, Button.class).stream().filter(button -> button.hasClassName(PhaseTimeline.LATER))
                .filter(button -> button.getAriaLabel().orElse("").contains(phase)).findFirst().orElseThrow();
    }

    private static PhaseSet.Phase phase(String name, int firstPeriod, List<String> sections) {
        return new PhaseSet.Phase(null, name, firstPeriod, sections, List.of(), List.of());
    }

    private void save(PhaseSet.Phase... phases) {
        growth.savePhases(new PhaseSet(growth.phaseSet().version(), List.of(phases)));
    }

    @SuppressWarnings("unchecked")
    private static int posts(GrowthView view, int period) {
        Grid<PeriodStrength> grid = view.strength;
        return com.github.mvysny.kaributesting.v10.GridKt._get(grid, period).posts();
    }
}
