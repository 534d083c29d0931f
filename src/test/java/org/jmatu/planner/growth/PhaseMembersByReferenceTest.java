package org.jmatu.planner.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.growth.GrowthServiceTest.member;

import java.util.List;
import java.util.Set;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.SourcingRule;
import org.jmatu.planner.staffing.StaffingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A phase holds its posts and companies by reference: a code changed in the Establishment or Forces editor leaves the
 * member in its phase and the roster's active slots where they were; a member deleted leaves its phase; a post moved
 * to another section follows that section's phase.
 */
@SpringBootTest
class PhaseMembersByReferenceTest {

    @Autowired
    GrowthService growth;

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    StaffingService staffing;

    @Autowired
    ForcesService forces;

    @AfterEach
    void noPhases() {
        growth.savePhases(new PhaseSet(growth.phaseSet().version(), List.of()));
    }

    @Test
    void aPostRenamedStaysInItsPhaseAndTheRosterKeepsItsSlots() {
        save(new PhaseSet.Phase(null, "Reinforced battalion", 3, List.of(),
                List.of(member(growth.choices().orElseThrow().posts(), "J9-CH")), List.of()));
        List<String> slots = slots();
        assertThat(slots).contains("J9-CH@3").doesNotContain("J9-CH@2");

        Post post = rename(staffing.findPost("J9-CH").orElseThrow(), "J9-CHIEF");
        try {
            assertThat(slots()).isEqualTo(slots.stream().map(slot -> slot.replace("J9-CH@", "J9-CHIEF@")).sorted()
                    .toList());
            assertThat(growth.phaseSet().phases().getFirst().posts()).extracting(PhaseSet.Member::code)
                    .containsExactly("J9-CHIEF");
            assertThat(exporter.export().growth().phases()).extracting(Growth.Phase::posts)
                    .containsExactly(List.of("J9-CHIEF"));
        } finally {
            rename(post, "J9-CH");
        }
    }

    @Test
    void aCompanyRenamedStaysInItsPhaseAndTheRosterKeepsItsSlots() {
        Company company = forces.findCompany("KGZ-1").orElseThrow();
        Set<Integer> ownPeriods = Set.copyOf(company.getAttachedPeriods());
        company.setAttachedPeriods(Set.of()); // it follows its phase
        company = forces.save(company);
        try {
            save(new PhaseSet.Phase(null, "Reinforced battalion", 3, List.of(), List.of(),
                    List.of(member(growth.choices().orElseThrow().companies(), "KGZ-1"))));
            List<String> slots = slots();
            assertThat(attachedPeriods("KGZ-1")).containsExactly(3, 4, 5);

            company.setCode("KGZ-1A");
            company = forces.save(company);

            assertThat(attachedPeriods("KGZ-1A")).containsExactly(3, 4, 5);
            assertThat(slots()).isEqualTo(slots);
            assertThat(growth.phaseSet().phases().getFirst().companies()).extracting(PhaseSet.Member::code)
                    .containsExactly("KGZ-1A");
        } finally {
            company.setCode("KGZ-1");
            company.setAttachedPeriods(ownPeriods);
            forces.save(company);
        }
    }

    /** A deleted post comes in at no time: it leaves its phase rather than being refused, and the file stays valid. */
    @Test
    void aPostDeletedLeavesItsPhase() {
        Post temporary = new Post("J9-TMP", "Temporary liaison", "J9 Civil-Military Cooperation", Rank.fromCode("OF-2"),
                Rank.fromCode("OF-3"), 2, SourcingRule.ANY);
        temporary = staffing.save(temporary);
        List<PhaseSet.Member> posts = growth.choices().orElseThrow().posts();
        save(new PhaseSet.Phase(null, "Reinforced battalion", 3, List.of(),
                List.of(member(posts, "J9-TMP"), member(posts, "J9-CH")), List.of()));
        PhaseSet read = growth.phaseSet();

        staffing.delete(temporary);

        assertThat(growth.phaseSet().phases().getFirst().posts()).extracting(PhaseSet.Member::code)
                .containsExactly("J9-CH");
        Scenario exported = exporter.export();
        assertThat(exported.growth().phases()).extracting(Growth.Phase::posts).containsExactly(List.of("J9-CH"));
        assertThat(ScenarioFiles.read(ScenarioFiles.write(exported)).report().problems()).isEmpty();
        // a page that read the phases before the delete saves them without it
        PhaseSet.Phase stale = read.phases().getFirst();
        assertThat(growth.savePhases(read.replace(stale, stale.withFirstPeriod(2))).phases().getFirst().posts())
                .extracting(PhaseSet.Member::code).containsExactly("J9-CH");
    }

    /**
     * Sections are codes on the posts: a post moved to another section follows that section's phase, and a section no
     * post carries any more stays in its phase (a post given it again rejoins) but is left out of the file, which may
     * only name its posts' sections.
     */
    @Test
    void aPostMovedToAnotherSectionFollowsThatSectionsPhase() {
        save(new PhaseSet.Phase(null, "Reinforced battalion", 2, List.of("Signal"), List.of(), List.of()),
                new PhaseSet.Phase(null, "Brigade", 4, List.of("J9 Civil-Military Cooperation"), List.of(), List.of()));
        List<Post> signal = staffing.findAllPosts().stream().filter(post -> post.getSection().equals("Signal")).toList();
        assertThat(firstActivePeriod("SIG-CH")).isEqualTo(2);
        try {
            signal.forEach(post -> {
                post.setSection("J9 Civil-Military Cooperation");
                staffing.save(post);
            });

            assertThat(firstActivePeriod("SIG-CH")).isEqualTo(4);
            assertThat(growth.phaseSet().inOrder().getFirst().sections()).containsExactly("Signal");
            Scenario exported = exporter.export();
            assertThat(exported.growth().phasesInOrder().getFirst().sections()).isEmpty();
            assertThat(ScenarioFiles.read(ScenarioFiles.write(exported)).report().problems()).isEmpty();
        } finally {
            staffing.findAllPosts().stream().filter(post -> post.getCode().startsWith("SIG-")).forEach(post -> {
                post.setSection("Signal");
                staffing.save(post);
            });
        }
        assertThat(firstActivePeriod("SIG-CH")).isEqualTo(2);
    }

    private void save(PhaseSet.Phase... phases) {
        growth.savePhases(new PhaseSet(growth.phaseSet().version(), List.of(phases)));
    }

    private Post rename(Post post, String code) {
        post.setCode(code);
        return staffing.save(post);
    }

    /** The roster's active slots, "post@period", from the database as the solver sees it. */
    private List<String> slots() {
        return RotationMapper.toSolution(exporter.export()).getSlots().stream()
                .map(slot -> slot.getPost().id() + "@" + slot.getPeriodIndex()).sorted().toList();
    }

    private List<Integer> attachedPeriods(String company) {
        return exporter.export().companies().stream().filter(each -> each.id().equals(company)).findFirst()
                .orElseThrow().attachedPeriods();
    }

    private int firstActivePeriod(String post) {
        return RotationMapper.toSolution(exporter.export()).getSlots().stream()
                .filter(slot -> slot.getPost().id().equals(post)).mapToInt(slot -> slot.getPeriodIndex()).min()
                .orElseThrow();
    }
}
