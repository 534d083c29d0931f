package org.jmatu.planner.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jmatu.planner.orgchart.OrgChart.PostHolding;
import org.jmatu.planner.orgchart.RosterSnapshot.Slot;
import org.jmatu.planner.orgchart.RosterSnapshot.Status;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.StaffingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;

/** The "as of date" read model over the demo battalion, with a roster the test sets. */
@SpringBootTest
class OrgChartServiceTest {

    static final AtomicReference<RosterSnapshot> ROSTER = new AtomicReference<>();

    @TestConfiguration
    static class Roster {
        @Bean
        @Primary
        RosterSource testRoster() {
            return () -> Optional.ofNullable(ROSTER.get());
        }
    }

    @Autowired
    OrgChartService service;

    @Autowired
    StaffingService staffing;

    @AfterEach
    void noRoster() {
        ROSTER.set(null);
    }

    @Test
    void withoutARosterEveryActivePostIsVacant() {
        OrgChart chart = service.asOf(LocalDate.of(2027, 3, 1));
        assertThat(chart.rosterStatus()).isEqualTo("NONE");
        assertThat(chart.periodLabel()).isEqualTo("2027-H1");
        assertThat(chart.vacancies()).isEqualTo(42);
        assertThat(chart.sections()).extracting(OrgChart.Section::name).startsWith("Command Group", "J1 Personnel");
        assertThat(chart.companies()).hasSize(6).allSatisfy(unit -> assertThat(unit.sidc()).hasSize(20));
        assertThat(chart.headquartersSymbol()).matches("\\d{20}");
    }

    @Test
    void theHolderChangesWithTheChosenDate() {
        Person first = kazakhCommander(0);
        Person second = kazakhCommander(1);
        ROSTER.set(roster(Status.DRAFT, Map.of(new Slot("CDR", 0), first.getCode(), new Slot("CDR", 1), second.getCode())));

        OrgChart spring = service.asOf(LocalDate.of(2027, 3, 1));
        assertThat(spring.rosterStatus()).isEqualTo("DRAFT");
        assertThat(commander(spring).holder().code()).isEqualTo(first.getCode());
        assertThat(spring.vacancies()).isEqualTo(41);
        assertThat(spring.nationMix()).containsEntry("KAZ", 1L);

        OrgChart summer = service.asOf(LocalDate.of(2027, 8, 1));
        assertThat(commander(summer).holder().code()).isEqualTo(second.getCode());
        assertThat(summer.handovers()).singleElement().satisfies(handover -> {
            assertThat(handover.date()).isEqualTo(LocalDate.of(2027, 7, 1));
            assertThat(handover.post()).isEqualTo("CDR");
        });
        assertThat(service.asOf(LocalDate.of(2027, 10, 1)).handovers()).isEmpty();
    }

    @Test
    void aHoldersNameIsWrittenInTheScriptOfThePagesLanguage() {
        Person kazakh = kazakhCommander(0);
        assertThat(kazakh.getNativeName()).as("the demo's Kazakh officers have Cyrillic names").isNotBlank();
        ROSTER.set(roster(Status.DRAFT, Map.of(new Slot("CDR", 0), kazakh.getCode())));
        LocalDate day = LocalDate.of(2027, 3, 1);

        assertThat(commander(service.asOf(day)).holder().label()).contains(kazakh.getName());
        for (Language language : new Language[] {Language.KK, Language.RU}) {
            UI page = new UI();
            page.setLocale(language.locale());
            UI.setCurrent(page);
            try {
                assertThat(commander(service.asOf(day)).holder().label()).as(language.name())
                        .contains(kazakh.getNativeName()).doesNotContain(kazakh.getName());
            } finally {
                UI.setCurrent(null);
            }
        }
    }

    @Test
    void aPublishedRosterIsShownAsPublished() {
        ROSTER.set(roster(Status.PUBLISHED, Map.of(new Slot("CDR", 0), kazakhCommander(0).getCode())));
        assertThat(service.asOf(LocalDate.of(2027, 3, 1)).rosterStatus()).isEqualTo("PUBLISHED");
    }

    @Test
    void aHolderWhoBreaksTheRulesOfThePostIsMarked() {
        Person sergeant = staffing.findPeople(new PersonFilter(null, Rank.OR_6, null, null, "USA"), PageRequest.of(0, 1))
                .getContent().getFirst();
        ROSTER.set(roster(Status.DRAFT, Map.of(new Slot("CDR", 0), sergeant.getCode())));
        PostHolding commander = commander(service.asOf(LocalDate.of(2027, 3, 1)));
        assertThat(commander.problems()).anyMatch(problem -> problem.startsWith("rank OR-6 is outside OF-5–OF-6"))
                .anyMatch(problem -> problem.equals("USA does not source this post"))
                .anyMatch(problem -> problem.startsWith("lacks COMMAND"));
    }

    @Test
    void maintenanceCoverageFollowsTheMaintainersHeld() {
        OrgChart vacant = service.asOf(LocalDate.of(2027, 3, 1));
        assertThat(vacant.maintenanceCoverage()).extracting(OrgChart.Coverage::standard)
                .containsExactlyInAnyOrder("SOVIET", "NATO", "CHINESE");
        assertThat(vacant.maintenanceCoverage()).noneMatch(OrgChart.Coverage::covered);

        Person natoMaintainer = staffing.findAllPeople().stream()
                .filter(person -> person.getSkills().stream().anyMatch(skill -> skill.getCode().equals("MAINT_NATO")))
                .findFirst().orElseThrow();
        ROSTER.set(roster(Status.DRAFT, Map.of(new Slot("MAINT-NATO", 0), natoMaintainer.getCode())));
        assertThat(service.asOf(LocalDate.of(2027, 3, 1)).maintenanceCoverage())
                .filteredOn(coverage -> coverage.standard().equals("NATO"))
                .singleElement().satisfies(coverage -> assertThat(coverage.covered()).isTrue());
    }

    @Test
    void detailsShowTheRotationAndTheRulesOfAPost() {
        Person first = kazakhCommander(0);
        ROSTER.set(roster(Status.DRAFT, Map.of(new Slot("DCDR", 2), first.getCode())));
        PostDetails details = service.details("DCDR", LocalDate.of(2028, 2, 1)).orElseThrow();
        assertThat(details.rotation()).hasSize(6);
        assertThat(details.rotation().get(2).nation()).isEqualTo("KAZ");
        assertThat(details.rotation().get(0).holder()).isEqualTo("vacant");
        assertThat(details.rules()).anyMatch(rule -> rule.startsWith("Rotates among CHN, RUS, USA"))
                .anyMatch(rule -> rule.startsWith("Key group COMMAND_TEAM"));
        assertThat(details.problems()).contains("KAZ does not source this post");
    }

    @Test
    void aHolderNamedWithMarkupReachesTheChartModelAsThePlainString() {
        Person holder = kazakhCommander(0);
        String scripted = "<img src=x onerror=alert(1)>";
        holder.setName(scripted);
        staffing.save(holder);
        ROSTER.set(roster(Status.DRAFT, Map.of(new Slot("CDR", 0), holder.getCode())));
        // the model carries the characters as typed; the org-chart element sets them with textContent only
        assertThat(commander(service.asOf(LocalDate.of(2027, 3, 1))).holder().name()).isEqualTo(scripted);
    }

    private Person kazakhCommander(int index) {
        return staffing.findAllPeople().stream()
                .filter(person -> person.getNation().getCode().equals("KAZ"))
                .filter(person -> person.getRank().within(Rank.OF_5, Rank.OF_6))
                .sorted(java.util.Comparator.comparing(Person::getCode))
                .skip(index).findFirst().orElseThrow();
    }

    private static PostHolding commander(OrgChart chart) {
        return chart.sections().getFirst().posts().stream().filter(post -> post.code().equals("CDR")).findFirst().orElseThrow();
    }

    private static RosterSnapshot roster(Status status, Map<Slot, String> holders) {
        return new RosterSnapshot(status, "v1", new HashMap<>(holders));
    }
}
