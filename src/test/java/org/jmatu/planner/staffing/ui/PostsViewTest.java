package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.SourcingRule;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PostsViewTest extends KaribuTest {

    @Autowired
    StaffingService staffing;

    @Test
    void badValuesAreReportedAtTheFieldAndForTheRankBand() {
        PostsView view = open(PostsView.class);
        click("New post");
        _setValue(view.code, "j4 dep");
        HasValidationUtilsKt._expectInvalid(view.code, "must be upper case letters, digits and - such as J4-DEP");

        _setValue(view.code, TestData.code("J4"));
        _setValue(view.title, "Deputy logistics officer");
        _setValue(view.section, "J4 Logistics");
        _setValue(view.rankMin, Rank.OF_5);
        _setValue(view.rankMax, Rank.OF_3);
        click("Save");

        assertThat(formStatus()).contains("the lowest rank must not be above the highest rank");
    }

    @Test
    void aGoodPostAppearsUnderItsSection() {
        Nation nation = data.nation();
        String section = "Test section " + TestData.nationCode();
        String code = TestData.code("J3");
        PostsView view = open(PostsView.class);
        click("New post");
        _setValue(view.code, code);
        _setValue(view.title, "Operations officer");
        _setValue(view.section, section);
        _setValue(view.rankMin, Rank.OF_3);
        _setValue(view.rankMax, Rank.OF_4);
        _setValue(view.sourcingRule, SourcingRule.ROTATING);
        click("Save");
        assertThat(formStatus()).contains("a FIXED or ROTATING post needs at least one sourcing nation");

        _setValue(view.sourcingNations, Set.of(nation));
        click("Save");

        PostsView.Node heading = view.grid.getTreeData().getRootItems().stream()
                .filter(node -> node.section().equals(section)).findFirst().orElseThrow();
        List<String> posts = view.grid.getTreeData().getChildren(heading).stream()
                .map(node -> node.post().getCode()).toList();
        assertThat(posts).containsExactly(code);
        assertThat(view.grid.isExpanded(heading)).isTrue();
        Post stored = staffing.findPost(code).orElseThrow();
        assertThat(stored.getSourcingNations()).containsExactly(nation);
    }
}
