package org.jmatu.planner.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.forces.EquipmentHolding;
import org.jmatu.planner.forces.EquipmentType;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.SourcingRule;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A change made by one user shows up in the audit trail, and in its view, under that user's name. */
class AuditTrailTest extends KaribuTest {

    @Autowired StaffingService staffing;
    @Autowired AuditTrail trail;
    @Autowired ForcesService forces;
    @Autowired NationService nations;

    @Test
    void aChangeByOneUserShowsUpWithThatUsersName() {
        Nation nation = data.nation();
        Person person = data.person(nation); // created by "planner"
        signIn(SignedInAs.liaison(nation.getCode()));
        person.setName("Renamed by liaison");
        staffing.save(person);

        signIn(SignedInAs.commander());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String liaison = "liaison-" + nation.getCode().toLowerCase();
        List<Change> changes = trail.find(new AuditFilter(AuditedKind.PERSON, liaison, today.minusDays(1),
                today.plusDays(1)));
        assertThat(changes).filteredOn(change -> change.record().equals(person.getCode())).singleElement()
                .satisfies(change -> {
                    assertThat(change.username()).isEqualTo("liaison-" + nation.getCode().toLowerCase());
                    assertThat(change.action()).isEqualTo("changed");
                    assertThat(change.what()).isEqualTo("Name: Test Person → Renamed by liaison");
                });
        assertThat(trail.find(new AuditFilter(AuditedKind.PERSON, "planner", null, null)))
                .anyMatch(change -> change.record().equals(person.getCode()) && change.action().equals("created"));
        assertThat(trail.find(new AuditFilter(AuditedKind.COMPANY, null, null, null)))
                .noneMatch(change -> change.record().equals(person.getCode()));
        assertThat(trail.find(new AuditFilter(null, null, today.plusDays(2), null))).isEmpty();

        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        view.user.setValue(liaison);
        assertThat(GridKt._findAll(view.grid)).extracting(Change::record).containsExactly(person.getCode());
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(liaison, "Person", person.getCode(), "changed",
                "Name: Test Person → Renamed by liaison");
    }

    @Test
    void aChangeToAPostsSkillsShowsWithTheUserAndTheSkillsBeforeAndAfter() {
        Skill logistics = data.skill();
        Skill signals = data.skill();
        Post post = new Post(TestData.code("P"), "Test post", "J4", Rank.OF_2, Rank.OF_3, 2, SourcingRule.ANY);
        post.setSkills(Set.of(logistics));
        Post saved = staffing.save(post);
        signIn(SignedInAs.user("planner-two", Role.PLANNER, null));
        saved.setSkills(Set.of(logistics, signals));
        staffing.save(saved);

        signIn(SignedInAs.commander());
        AuditView view = open(AuditView.class);
        view.user.setValue("planner-two");
        assertThat(GridKt._findAll(view.grid)).extracting(Change::record).containsExactly(post.getCode());
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("planner-two", "Post", "changed",
                "Skills: " + logistics.getCode() + " → " + String.join(", ",
                        Stream.of(logistics.getCode(), signals.getCode()).sorted().toList()));
    }

    @Test
    void changesToACompanysCapabilitiesPeriodsAndEquipmentAreInTheTrail() {
        Nation nation = data.nation();
        EquipmentType mortar = data.equipmentType(nation);
        Company company = new Company(TestData.code("C"), "Test company", nation, CompanyType.INFANTRY, 120,
                "Base", 42.0, 74.0);
        company.setCapabilities(Set.of("DISMOUNTED"));
        company.setAttachedPeriods(Set.of(0));
        Company saved = forces.save(company);
        saved.setCapabilities(Set.of("DISMOUNTED", "URBAN"));
        saved.setAttachedPeriods(Set.of(0, 1));
        saved.setEquipment(List.of(new EquipmentHolding(mortar, 4)));
        forces.save(saved);

        signIn(SignedInAs.commander());
        assertThat(trail.find(new AuditFilter(AuditedKind.COMPANY, "planner", null, null)))
                .filteredOn(change -> change.record().equals(company.getCode()) && change.action().equals("changed"))
                .singleElement().extracting(Change::what).asString()
                .contains("Capabilities: DISMOUNTED → DISMOUNTED, URBAN",
                        "Attached in periods: 2027-H1 → 2027-H1, 2027-H2",
                        "Equipment: (none) → 4 × " + mortar.getCode());
        assertThat(trail.find(new AuditFilter(AuditedKind.COMPANY, "planner", null, null)))
                .filteredOn(change -> change.record().equals(company.getCode()) && change.action().equals("created"))
                .singleElement().extracting(Change::what).asString()
                .contains("Company type: Infantry").doesNotContain("INFANTRY");
    }

    @Test
    void aLiaisonOfficerCannotReadTheTrail() {
        signIn(SignedInAs.liaison("USA"));
        assertThatThrownBy(() -> trail.find(AuditFilter.any())).isInstanceOf(AccessDeniedException.class);
    }

    /** Issue 15, defect 7: the trail showed columns and stored codes ("nation_id: 4", "rank_code: OF_5"). */
    @Test
    void changesNameTheFieldsAndShowNationsAndRanksAsTheFormsDo() {
        Nation nation = data.nation();
        Person person = data.person(nation);
        person.setRank(Rank.OF_5);
        staffing.save(person);

        List<Change> changes = trail.find(new AuditFilter(AuditedKind.PERSON, "planner", null, null)).stream()
                .filter(change -> change.record().equals(person.getCode())).toList();
        assertThat(changes).filteredOn(change -> change.action().equals("created")).singleElement()
                .extracting(Change::what).asString().contains("Nation: " + nation.getCode(), "Rank: OF-3")
                .doesNotContain("nation_id", "rank_code");
        assertThat(changes).filteredOn(change -> change.action().equals("changed")).singleElement()
                .extracting(Change::what).asString().isEqualTo("Rank: OF-3 → OF-5");
    }

    /** Issue 15, defect 1: the training area's delete was missing from the trail; now every delete is in it. */
    @Test
    void deletesOfNationsSkillsAndEquipmentTypesAreInTheTrail() {
        Nation nation = data.nation();
        Skill skill = data.skill();
        var type = data.equipmentType(nation);
        forces.delete(type);
        staffing.delete(skill);
        nations.delete(nations.findByCode(nation.getCode()).orElseThrow());

        assertThat(trail.find(new AuditFilter(null, "planner", null, null)))
                .filteredOn(change -> change.action().equals("deleted"))
                .extracting(change -> change.kind().label() + " " + change.record())
                .contains("Nation " + nation.getCode(), "Skill " + skill.getCode(), "Equipment type " + type.getCode());
    }
}
