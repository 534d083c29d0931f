package org.jmatu.planner.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.ReferencedRecordException;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The garrisons' checks, edit conflicts and audit trail, and the loads of {@link HousingFixture}'s small example. */
@SpringBootTest(properties = "planner.test.context=housing-warnings")
class HousingServiceTest extends KaribuTest {

    private static final Validator CHECKS = Validation.buildDefaultValidatorFactory().getValidator();

    @Autowired HousingService housing;
    @Autowired NationService nations;
    @Autowired AuditTrail trail;

    private Growth stored;

    @BeforeEach
    void example() {
        stored = HousingFixture.install(context);
    }

    @AfterEach
    void restore() {
        HousingFixture.restore(context, stored);
    }

    @Test
    void theLoadsCountTheStaffAtTheHandOverAndMarkThePeriodOverCapacity() {
        HousingOutlook outlook = housing.outlook().orElseThrow();

        assertThat(outlook.kinds()).containsExactly(GarrisonKind.BARRACKS, GarrisonKind.FAMILY_HOUSING);
        assertThat(outlook.of(GarrisonKind.FAMILY_HOUSING)).hasSize(6).first()
                .isEqualTo(new HousingLoad(0, GarrisonKind.FAMILY_HOUSING, 6, 5));
        assertThat(outlook.of(GarrisonKind.FAMILY_HOUSING).get(1))
                .isEqualTo(new HousingLoad(1, GarrisonKind.FAMILY_HOUSING, 3, 6));
        assertThat(outlook.overCapacity()).singleElement().satisfies(load -> {
            assertThat(outlook.label(load.period())).isEqualTo("2027-H1");
            assertThat(load.excess()).isEqualTo(1);
        });
        assertThat(outlook.roster()).isNotNull();
    }

    @Test
    void aCodeTakenAStepBeyondTheHorizonAndTwoStepsInOnePeriodAreRefused() {
        Garrison taken = garrison(HousingFixture.FAMILY_CODE, new CapacityStep(0, 10), new CapacityStep(6, 12));
        assertThat(housing.problems(taken)).extracting(Message::english).containsExactly(
                "Another garrison has the code FIX-FH already.",
                "A step starts beyond the horizon, which has 6 periods.");
        assertThatThrownBy(() -> housing.save(taken)).isInstanceOf(IllegalArgumentException.class);

        Garrison twice = garrison("FIX-TWICE", new CapacityStep(1, 10), new CapacityStep(1, 12));
        assertThat(housing.problems(twice)).isEmpty();
        assertThat(CHECKS.validate(twice)).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("oneStepPerPeriod");
        assertThat(CHECKS.validate(garrison("fix low", new CapacityStep(0, -1)))).extracting(
                violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("code", "capacity[0].places");
    }

    @Test
    void aStaleSaveIsAConflictAndEveryChangeIsInTheAuditTrail() {
        long before = fixtureChanges(0).stream().mapToLong(Change::revision).max().orElse(0);
        Garrison mine = housing.find(HousingFixture.FAMILY_CODE).orElseThrow();
        Garrison theirs = housing.find(HousingFixture.FAMILY_CODE).orElseThrow();
        theirs.setCapacity(List.of(new CapacityStep(0, 8), new CapacityStep(1, 6)));
        housing.save(theirs);

        mine.setName("Renamed from a stale copy");
        assertThatThrownBy(() -> housing.save(mine)).isInstanceOfSatisfying(EditConflictException.class,
                conflict -> assertThat(((Garrison) conflict.stored()).getCapacity()).first()
                        .extracting(CapacityStep::getPlaces).isEqualTo(8));
        assertThat(housing.find(HousingFixture.FAMILY_CODE).orElseThrow().getName())
                .isEqualTo("Fixture family quarters");

        housing.delete(housing.find(HousingFixture.FAMILY_CODE).orElseThrow());
        List<Change> changes = fixtureChanges(before);
        assertThat(changes).extracting(Change::action).containsExactlyInAnyOrder("changed", "deleted");
        assertThat(changes).filteredOn(change -> change.action().equals("changed")).singleElement()
                .extracting(Change::what).asString().contains("2027-H1 → 5", "2027-H1 → 8");
    }

    @Test
    void aNationKeepingAGarrisonIsNotDeleted() {
        assertThatThrownBy(() -> nations.delete(nations.findByCode("RUS").orElseThrow()))
                .isInstanceOf(ReferencedRecordException.class).hasMessageContaining("FIX-BKS");
    }

    @Test
    void aLiaisonOfficerReadsTheirOwnNationsGarrisonsOnlyAndChangesNone() {
        signIn(SignedInAs.liaison("RUS"));
        assertThat(housing.findAll()).extracting(Garrison::getCode).containsExactly("FIX-BKS");
        assertThat(housing.find(HousingFixture.FAMILY_CODE)).isEmpty();
        assertThatThrownBy(() -> housing.outlook()).isInstanceOf(AccessDeniedException.class);
        Garrison barracks = housing.find("FIX-BKS").orElseThrow();
        assertThatThrownBy(() -> housing.save(barracks)).isInstanceOf(AccessDeniedException.class);
    }

    /** The fixture's family housing in the audit trail after {@code revision} (each test installs it anew). */
    private List<Change> fixtureChanges(long revision) {
        return trail.find(new AuditFilter(AuditedKind.GARRISON, "planner", null, null)).stream()
                .filter(change -> change.record().equals(HousingFixture.FAMILY_CODE) && change.revision() > revision)
                .toList();
    }

    private Garrison garrison(String code, CapacityStep... steps) {
        return new Garrison(code, "Test quarters", GarrisonKind.FAMILY_HOUSING,
                nations.findByCode("KAZ").orElseThrow(), 0, List.of(steps));
    }
}
