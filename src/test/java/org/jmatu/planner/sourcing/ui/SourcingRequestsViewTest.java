package org.jmatu.planner.sourcing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.sourcing.RequestState;
import org.jmatu.planner.sourcing.SourcingFixture;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.sourcing.SourcingService;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A liaison officer answers in the view: only their nation's requests are listed; offering and declining work. */
class SourcingRequestsViewTest extends KaribuTest {

    @Autowired SourcingService sourcing;
    @Autowired StaffingService staffing;
    @Autowired NationService nations;
    SourcingFixture fixture;

    @BeforeEach
    void publishedRoster() {
        fixture = new SourcingFixture(context).setUp();
        fixture.publish(List.of());
    }

    @Test
    void aLiaisonOfficerSeesTheirNationsRequestsAndOffersAnEligibleNominee() {
        SourcingRequest request = fixture.openRequest(0);
        signIn(SignedInAs.liaison(fixture.asked.getCode()));
        SourcingRequestsView view = open(SourcingRequestsView.class);
        List<SourcingRequest> listed = view.grid.getListDataView().getItems().toList();
        assertThat(listed).allMatch(item -> item.asks(fixture.asked.getCode()))
                .anyMatch(item -> item.getId().equals(request.getId()));

        new AnswerDialog(sourcing, staffing,
                nations, request, view::refresh).open();
        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("ineligible")).getElement().getTextRecursively())
                .contains(fixture.tooJunior.getCode()).contains("rank outside");
        _click(_get(Button.class, spec -> spec.withClasses("offer-" + fixture.eligible.getCode())));

        assertThat(sourcing.request(request.getId()).getState()).isEqualTo(RequestState.OFFERED);
        assertThat(notificationTexts()).anyMatch(text -> text.contains(fixture.eligible.getCode()));
    }

    @Test
    void anotherNationsLiaisonOfficerDoesNotSeeTheRequest() {
        SourcingRequest request = fixture.openRequest(0);
        signIn(SignedInAs.liaison(fixture.outsider.getCode()));
        SourcingRequestsView view = open(SourcingRequestsView.class);
        assertThat(view.grid.getListDataView().getItems()).noneMatch(item -> item.getId().equals(request.getId()));
    }

    @Test
    void aLiaisonOfficerDeclinesWithAReason() {
        SourcingRequest request = fixture.openRequest(1);
        signIn(SignedInAs.liaison(fixture.other.getCode()));
        SourcingRequestsView view = open(SourcingRequestsView.class);
        AnswerDialog dialog = new AnswerDialog(sourcing, staffing,
                nations, request, view::refresh);
        dialog.open();
        _setValue(dialog.reason, "No OF-4 logistician before 2028");
        _click(_get(Button.class, spec -> spec.withText("Decline")));
        SourcingRequest declined = sourcing.request(request.getId());
        assertThat(declined.getState()).isEqualTo(RequestState.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("No OF-4 logistician before 2028");
    }
}
