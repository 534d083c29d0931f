package org.jmatu.planner.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A change made by one user shows up in the audit trail, and in its view, under that user's name. */
class AuditTrailTest extends KaribuTest {

    @Autowired StaffingService staffing;
    @Autowired AuditTrail trail;

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
                    assertThat(change.what()).isEqualTo("name: Test Person → Renamed by liaison");
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
                "name: Test Person → Renamed by liaison");
    }

    @Test
    void aLiaisonOfficerCannotReadTheTrail() {
        signIn(SignedInAs.liaison("USA"));
        assertThatThrownBy(() -> trail.find(AuditFilter.any())).isInstanceOf(AccessDeniedException.class);
    }
}
