package org.jmatu.planner.planning.rotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NationRosterViewTest extends KaribuTest {

    @Autowired
    RosterVersionService plans;

    @Test
    void aLiaisonOfficerSeesOnlyTheRosterRowsOfTheirOwnNationsPeople() {
        Nation own = data.nation();
        Nation other = data.nation();
        Person ours = data.person(own);
        Person theirs = data.person(other);
        RotationPlan plan = new RotationPlan(RotationPlan.FORMAT, "Battalion", "0hard/0medium/0soft",
                List.of(new PlanRow("CDR", 0, ours.getCode()), new PlanRow("DCDR", 0, theirs.getCode()),
                        new PlanRow("XO", 1, ours.getCode()), new PlanRow("J4", 1, null)), List.<Gap>of());
        plans.publish(plans.saveDraft("Battalion", plan, List.of(), null).id());

        signIn(SignedInAs.liaison(own.getCode()));
        NationRosterView view = open(NationRosterView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(NationRosterView.Row::post).containsExactly("CDR", "XO");
        assertThat(GridKt._findAll(view.grid)).extracting(NationRosterView.Row::code).containsOnly(ours.getCode());
    }
}
