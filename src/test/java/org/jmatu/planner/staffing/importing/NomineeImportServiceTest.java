package org.jmatu.planner.staffing.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** The import as each role meets it, on the real services (the UI tests' Spring context, so no second start). */
@SpringBootTest
@Import(TestData.class)
class NomineeImportServiceTest {

    private static final String HEADER = "id,name,nation,rank,english,skills,available_from,available_to\n";

    @Autowired
    NomineeImportService importer;
    @Autowired
    StaffingService staffing;
    @Autowired
    TestData data;

    @Test
    void aLiaisonOfficerImportsAndUpdatesTheirOwnNationsNominees() {
        Nation own = data.nation();
        Skill skill = data.skill();
        Person stored = data.person(own);
        SignedInAs.liaison(own.getCode());

        ImportResult result = importCsv(HEADER
                + stored.getCode() + ",Renamed Officer," + own.getCode() + ",OF-4,5," + skill.getCode() + ",2027-01-01,2030-12-31\n"
                + "," + "New Officer," + own.getCode() + ",OR-8,2,,2027-06-01,2029-05-31\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.summary()).isEqualTo("2 nominees imported (1 new, 1 updated)");
        Person updated = staffing.findPerson(stored.getCode()).orElseThrow();
        assertThat(updated.getName()).isEqualTo("Renamed Officer");
        assertThat(updated.getRank()).isEqualTo(Rank.OF_4);
        assertThat(updated.getSkills()).extracting(Skill::getCode).containsExactly(skill.getCode());
        assertThat(updated.getVersion()).isGreaterThan(stored.getVersion());
        Person created = staffing.findPerson(own.getCode() + "-0001").orElseThrow();
        assertThat(created.getName()).isEqualTo("New Officer");
        assertThat(created.getAvailableTo()).isEqualTo(LocalDate.of(2029, 5, 31));
    }

    @Test
    void aLiaisonOfficersRowOfAnotherNationImportsNothingAtAll() {
        Nation own = data.nation();
        Nation other = data.nation();
        Person foreign = data.person(other);
        SignedInAs.liaison(own.getCode());

        ImportResult result = importCsv(HEADER
                + ",Good Officer," + own.getCode() + ",OF-2,3,,2027-01-01,2029-12-31\n"
                + "X-1,Foreign Officer," + other.getCode() + ",OF-2,3,,2027-01-01,2029-12-31\n"
                + foreign.getCode() + ",Taken Over," + own.getCode() + ",OF-2,3,,2027-01-01,2029-12-31\n");

        assertThat(result.isImported()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "row 3 (X-1): nation " + other.getCode() + " is not yours (" + own.getCode() + ")",
                "row 4 (" + foreign.getCode() + "): id '" + foreign.getCode()
                        + "' is a nominee of another nation; leave the id blank for a new nominee");
        assertThat(peopleOf(own)).isZero();
        SignedInAs.planner();
        assertThat(staffing.findPerson(foreign.getCode()).orElseThrow().getName()).isEqualTo("Test Person");
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothing() {
        Nation nation = data.nation();
        Person stored = data.person(nation);

        ImportResult result = importCsv(HEADER
                + stored.getCode() + ",Renamed," + nation.getCode() + ",OF-3,3,,2027-01-01,2029-12-31\n"
                + ",Good," + nation.getCode() + ",OF-3,3,,2027-01-01,2029-12-31\n"
                + ",Bad Rank," + nation.getCode() + ",OF-11,3,,2027-01-01,2029-12-31\n");

        assertThat(result.problems()).extracting(ImportProblem::toString)
                .containsExactly("row 4: rank 'OF-11' is not a NATO rank (OR-1 … OR-9, OF-1 … OF-9)");
        assertThat(peopleOf(nation)).isEqualTo(1);
        assertThat(staffing.findPerson(stored.getCode()).orElseThrow().getName()).isEqualTo("Test Person");
    }

    @Test
    void aPlannerImportsAnyNationsNominees() {
        Nation first = data.nation();
        Nation second = data.nation();
        SignedInAs.planner();

        ImportResult result = importCsv(HEADER
                + ",First Officer," + first.getCode() + ",OF-1,2,,2027-01-01,2029-12-31\n"
                + ",Second Officer," + second.getCode() + ",OF-1,2,,2027-01-01,2029-12-31\n");

        assertThat(result.summary()).isEqualTo("2 nominees imported (2 new, 0 updated)");
        assertThat(peopleOf(first)).isEqualTo(1);
        assertThat(peopleOf(second)).isEqualTo(1);
    }

    @Test
    void aCommanderMayNotImport() {
        Nation nation = data.nation();
        SignedInAs.commander();

        assertThatThrownBy(() -> importCsv(HEADER + ",Officer," + nation.getCode() + ",OF-1,2,,2027-01-01,2029-12-31\n"))
                .isInstanceOf(AccessDeniedException.class);
        SignedInAs.planner();
        assertThat(peopleOf(nation)).isZero();
    }

    private ImportResult importCsv(String csv) {
        return importer.importNominees("nominees.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private long peopleOf(Nation nation) {
        return staffing.findPeople(new PersonFilter(nation, null, null, null, null), Pageable.unpaged()).getTotalElements();
    }
}
