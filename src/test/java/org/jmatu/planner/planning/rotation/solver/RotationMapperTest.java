package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.Test;

class RotationMapperTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_OFF = LocalDate.of(2040, 1, 1);

    private ScenarioFixture fixture() {
        return ScenarioFixture.withMemberNations()
                .horizon(LocalDate.of(2027, 1, 1), 6, 4, 14)
                .post("J4", "J4 Logistics", "OF-4", "OF-4", List.of("LOGISTICS"), 3, "ANY", List.of("RUS", "USA", "CHN"),
                        null, null)
                .post("MAINT-NATO", "Maintenance", "OF-2", "OF-3", List.of("MAINT_NATO"), 2, "ANY", List.of("USA"),
                        null, "NATO")
                .company("USA-A", "USA", "M4", List.of(1, 2))
                .person("RUS-1", "RUS", "OF-4", List.of("LOGISTICS"), 3, LONG_AGO, FAR_OFF)
                .person("KAZ-1", "KAZ", "OF-4", List.of("LOGISTICS"), 3, LONG_AGO, FAR_OFF)
                .person("USA-1", "USA", "OF-3", List.of("LOGISTICS"), 3, LONG_AGO, FAR_OFF)
                .person("CHN-1", "CHN", "OF-4", List.of("LOGISTICS"), 2, LONG_AGO, FAR_OFF)
                .person("CHN-2", "CHN", "OF-4", List.of("LOGISTICS"), 4, LocalDate.of(2027, 6, 20), FAR_OFF)
                .person("USA-2", "USA", "OF-2", List.of("MAINT_NATO"), 3, LONG_AGO, FAR_OFF);
    }

    @Test
    void createsOnlyActiveSlots() {
        RotationSolution solution = RotationMapper.toSolution(fixture().build());
        assertThat(solution.getSlots()).extracting(RotationSlot::getId)
                .containsExactly("J4@0", "J4@1", "J4@2", "J4@3", "MAINT-NATO@1", "MAINT-NATO@2");
        assertThat(solution.getNations()).filteredOn(nation -> nation.code().equals("KAZ"))
                .singleElement().extracting(NationFact::staffTarget).isEqualTo(0.4 * 6);
    }

    @Test
    void filtersNomineesBySourcingQualificationAndAvailability() {
        RotationSolution solution = RotationMapper.toSolution(fixture().build());
        RotationSlot first = slot(solution, "J4@0");
        // KAZ is not a sourcing nation, USA-1 is an OF-3, CHN-1 has English 2, CHN-2 arrives 2027-06-20
        assertThat(first.getNominees()).extracting(PersonFact::id).containsExactly("RUS-1");
        // period 1 starts 2027-07-01: reporting by 2027-06-17 is needed, CHN-2 arrives too late still
        assertThat(slot(solution, "J4@1").getNominees()).extracting(PersonFact::id).containsExactly("RUS-1");
        assertThat(slot(solution, "J4@2").getNominees()).extracting(PersonFact::id).containsExactly("RUS-1", "CHN-2");
        assertThat(slot(solution, "MAINT-NATO@1").getNominees()).extracting(PersonFact::id).containsExactly("USA-2");
    }

    @Test
    void pinsAndBaselineCarryOver() {
        Scenario scenario = fixture().pin("J4", 0, "KAZ-1").build();
        RotationSolution solution = RotationMapper.toSolution(scenario,
                List.of(new PlanRow("J4", 1, "RUS-1"), new PlanRow("J4", 2, "USA-1")));
        RotationSlot pinned = slot(solution, "J4@0");
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getPerson().id()).isEqualTo("KAZ-1");
        assertThat(pinned.getNominees()).extracting(PersonFact::id).contains("KAZ-1");
        assertThat(slot(solution, "J4@1").getPerson().id()).isEqualTo("RUS-1");
        assertThat(slot(solution, "J4@1").getBaseline().id()).isEqualTo("RUS-1");
        // the published holder is no longer eligible: remembered as the baseline, not assigned
        assertThat(slot(solution, "J4@2").getBaseline().id()).isEqualTo("USA-1");
        assertThat(slot(solution, "J4@2").getPerson()).isNull();
    }

    @Test
    void namesTheRecordOfAnUnknownReference() {
        Scenario scenario = fixture().person("XXX-1", "XXX", "OF-4", List.of(), 3, LONG_AGO, FAR_OFF).build();
        assertThatThrownBy(() -> RotationMapper.toSolution(scenario))
                .hasMessageContaining("XXX-1").hasMessageContaining("nation");
    }

    @Test
    void planHasARowPerActiveSlotAndAGapWithAReasonPerUnfilledSlot() {
        RotationSolution solution = RotationMapper.toSolution(fixture().build());
        slot(solution, "J4@0").setPerson(slot(solution, "J4@0").getNominees().getFirst());
        slot(solution, "MAINT-NATO@1").setPerson(null);
        RotationPlan plan = RotationMapper.toPlan(solution);
        assertThat(plan.rotation()).hasSize(6);
        assertThat(plan.rotation().getFirst()).isEqualTo(new PlanRow("J4", 0, "RUS-1"));
        assertThat(plan.gaps()).hasSize(5);
        assertThat(plan.gaps()).filteredOn(gap -> gap.post().equals("J4") && gap.period() == 1).singleElement()
                .extracting(Gap::reason).isEqualTo("RUS, USA or CHN must nominate an OF-4 for J4 J4 officer"
                        + " (LOGISTICS, English 3) available from 2027-06-17 to 2027-12-31: 1 eligible nominee, 1 free"
                        + " but blocked by tour, key-group or hand-over rules");
    }

    /** The plan file keeps the English reason; a Kazakh reader sees the same facts in Kazakh, dates as they write them. */
    @Test
    void aGapReasonIsShownInTheReadersLanguage() {
        RotationSolution solution = RotationMapper.toSolution(fixture().build());
        Gap gap = RotationMapper.toPlan(solution).gaps().stream()
                .filter(g -> g.post().equals("J4") && g.period() == 1).findFirst().orElseThrow();

        assertThat(I18n.in(Language.KK, gap.why()::text)).isEqualTo("RUS, USA немесе CHN J4 J4 officer лауазымына"
                + " OF-4 атағы бар кандидатты ұсынуы тиіс (LOGISTICS, ағылшын тілі 3), 17.06.2027 бастап 31.12.2027"
                + " дейін қолжетімді: лайықты кандидаттар: 1, бос 1, бірақ лауазымда болу мерзімі, негізгі лауазымдар"
                + " тобы немесе істерді тапсыру ережелері кедергі келтіреді");
        assertThat(gap.reason()).startsWith("RUS, USA or CHN must nominate").isEqualTo(gap.why().english());
    }

    private static RotationSlot slot(RotationSolution solution, String id) {
        return solution.getSlots().stream().filter(slot -> slot.getId().equals(id)).findFirst().orElseThrow();
    }
}
