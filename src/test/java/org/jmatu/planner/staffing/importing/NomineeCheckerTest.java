package org.jmatu.planner.staffing.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Skill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Each kind of problem a row can have, reported by row, id and column; and what good rows become. */
class NomineeCheckerTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();
    private static final String HEADER = "id,name,nation,rank,english,skills,available_from,available_to\n";

    private final Nation kaz = nation("KAZ");
    private final Nation rus = nation("RUS");
    private final Person storedKaz = new Person("KAZ-0007", "Stored Officer", kaz, Rank.OF_2, 2,
            LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
    private final ImportProblems problems = new ImportProblems();

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void everyKindOfRowProblemNamesItsRowIdAndColumn() {
        List<NomineeChecker.Change> changes = check(Optional.empty(), HEADER
                + "KAZ-0100,,KAZ,OF-11,7,COMMAND;TELEPATHY,2028-01-01,2027-01-01\n"
                + "KAZ-0100,Second Row,XYZ,OF-3,five,,2027-13-01,\n"
                + "kaz 42,Bad Id,KAZ,OF-3,3,,,\n"
                + "," + "N".repeat(121) + ",KAZ,OR-7,2,,,\n");
        assertThat(changes).isEmpty();
        assertThat(texts()).containsExactly(
                "row 3 (KAZ-0100): id 'KAZ-0100' is already used by row 2",
                "row 2 (KAZ-0100): name is missing",
                "row 2 (KAZ-0100): rank 'OF-11' is not a NATO rank (OR-1 … OR-9, OF-1 … OF-9)",
                "row 2 (KAZ-0100): english 7 is out of range 0–5",
                "row 2 (KAZ-0100): available_to 2027-01-01 is before available_from 2028-01-01",
                "row 2 (KAZ-0100): skills 'TELEPATHY' is not in the skills catalogue (a planner adds skills under Skills)",
                "row 3 (KAZ-0100): english must be a whole number from 0 to 5, not 'five'",
                "row 3 (KAZ-0100): available_from must be a date YYYY-MM-DD, not '2027-13-01'",
                "row 3 (KAZ-0100): nation 'XYZ' is not a listed nation",
                "row 4 (kaz 42): id must be upper case letters, digits and - such as USA-0042",
                "row 5: name must be at most 120 characters");
    }

    @Test
    void aLiaisonOfficersRowsAndStoredNomineesMustBeOfTheirNation() {
        check(Optional.of("KAZ"), HEADER
                + "RUS-0012,Ivan Example,RUS,OF-3,3,,,\n"
                + "RUS-0001,Moved To Kazakhstan,KAZ,OF-3,3,,,\n");
        assertThat(texts()).containsExactly(
                "row 2 (RUS-0012): nation RUS is not yours (KAZ)",
                "row 3 (RUS-0001): id 'RUS-0001' is a nominee of another nation; leave the id blank for a new nominee");
    }

    @Test
    void goodRowsUpdateStoredNomineesAndNumberNewOnesInTheNationsPattern() {
        List<NomineeChecker.Change> changes = check(Optional.of("KAZ"), HEADER
                + "kaz-0007,Stored Officer Renamed,kaz,of-3,4,command | operations,,2029-06-30\n"
                + ",New Officer,KAZ,OR-7,2,,2027-05-01,\n"
                + "KAZ-0020,Named Officer,KAZ,OF-1,1,,,\n"
                + ",Another New Officer,KAZ,OF-1,1,,,\n");
        assertThat(texts()).isEmpty();
        assertThat(changes).extracting(change -> change.person().getCode(), NomineeChecker.Change::created)
                .containsExactly(tuple("KAZ-0007", false),
                        tuple("KAZ-0021", true),
                        tuple("KAZ-0020", true),
                        tuple("KAZ-0022", true));
        Person updated = changes.getFirst().person();
        assertThat(updated).isSameAs(storedKaz);
        assertThat(updated.getName()).isEqualTo("Stored Officer Renamed");
        assertThat(updated.getRank()).isEqualTo(Rank.OF_3);
        assertThat(updated.getSkills()).extracting(Skill::getCode).containsExactly("COMMAND", "OPERATIONS");
        assertThat(updated.getAvailableFrom()).as("blank keeps the stored date").isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(updated.getAvailableTo()).isEqualTo(LocalDate.of(2029, 6, 30));
        Person created = changes.get(1).person();
        assertThat(created.getAvailableFrom()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(created.getAvailableTo()).as("blank is the horizon's end").isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(changes.get(2).person().getAvailableFrom()).as("blank is the horizon's start")
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aNativeNameIsOptionalAndBlankKeepsTheStoredOne() {
        assertThat(check(Optional.empty(), HEADER + ",No Native Name,KAZ,OF-3,3,,,\n").getFirst().person()
                .getNativeName()).isNull();
        storedKaz.setNativeName("Сақталған Офицер");
        List<NomineeChecker.Change> changes = check(Optional.empty(),
                "id,name,native_name,nation,rank,english\n"
                        + "KAZ-0007,Stored Officer,,KAZ,OF-2,2\n"
                        + ",Dana Bekova,Дана Бекова,KAZ,OF-3,3\n"
                        + ",Long Name," + "Д".repeat(121) + ",KAZ,OF-3,3\n");
        assertThat(texts()).containsExactly("row 4: native_name must be at most 120 characters");
        assertThat(changes).extracting(change -> change.person().getNativeName())
                .containsExactly("Сақталған Офицер", "Дана Бекова");
    }

    private List<NomineeChecker.Change> check(Optional<String> ownNation, String csv) {
        List<NomineeRow> rows = NomineeFile.read("n.csv", csv.getBytes(StandardCharsets.UTF_8), problems);
        assertThat(problems.isEmpty()).as("the file itself reads").isTrue();
        ImportContext context = new ImportContext(Map.of("KAZ", kaz, "RUS", rus),
                Map.of("COMMAND", new Skill("COMMAND", "Command"), "OPERATIONS", new Skill("OPERATIONS", "Ops")),
                ownNation, this::stored, nation -> List.of("KAZ-0007", "KAZ-0019", "RUS-0100"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31));
        return new NomineeChecker(context, VALIDATOR, problems).check(rows);
    }

    private Optional<Person> stored(String code) {
        if (code.startsWith("RUS-0001")) {
            throw new AccessDeniedException("A liaison officer for KAZ may not read " + code);
        }
        return code.equals(storedKaz.getCode()) ? Optional.of(storedKaz) : Optional.empty();
    }

    private List<String> texts() {
        return problems.result().problems().stream().map(ImportProblem::toString).toList();
    }

    private static Nation nation(String code) {
        return new Nation(code, code, NationRole.REGIONAL, EquipmentStandard.SOVIET, 2, 2, 0.1);
    }
}
