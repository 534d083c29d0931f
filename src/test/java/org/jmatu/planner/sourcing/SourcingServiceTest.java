package org.jmatu.planner.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.SlotNeeds;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The request life cycle on the real services: a published roster's open slot becomes a request to the nations
 * that may fill it; a liaison officer offers an eligible nominee or declines; a planner accepts (the nominee is
 * pinned into the next solve) or asks again; a re-publish keeps what stands and withdraws what no longer applies.
 * A liaison officer never reads or answers another nation's request, nor offers another nation's nominee.
 */
class SourcingServiceTest extends KaribuTest {

    @Autowired SourcingService sourcing;
    @Autowired StaffingService staffing;
    @Autowired ScenarioSource scenarios;
    SourcingFixture fixture;

    Nation asked;
    Nation other;
    Nation outsider;
    Post post;
    Person eligible;
    Person tooJunior;
    Person othersNominee;

    @BeforeEach
    void postAndNominees() {
        fixture = new SourcingFixture(context).setUp();
        asked = fixture.asked;
        other = fixture.other;
        outsider = fixture.outsider;
        post = fixture.post;
        eligible = fixture.eligible;
        tooJunior = fixture.tooJunior;
        othersNominee = fixture.othersNominee;
    }

    @Test
    void aPublishedRosterAsksTheNationsForItsOpenSlotAndTheAnswersFollowTheLifeCycle() {
        publish(List.of());
        SourcingRequest request = openRequest(0);
        assertThat(request.nationList()).containsExactlyInAnyOrder(asked.getCode(), other.getCode());
        assertThat(request.getPriority()).isEqualTo(RequestPriority.SECTION_CHIEF);
        assertThat(request.getReason()).isEqualTo(RequestReason.UNFILLED);
        assertThat(request.getDueDate()).isEqualTo(request.getPeriodStart().minusDays(90));

        signIn(SignedInAs.liaison(asked.getCode()));
        assertThat(sourcing.nominees(request.getId())).extracting(SlotNeeds.NomineeCheck::person)
                .containsExactly(eligible.getCode(), tooJunior.getCode());
        assertThat(sourcing.nominees(request.getId())).filteredOn(check -> check.person().equals(tooJunior.getCode()))
                .singleElement().extracting(SlotNeeds.NomineeCheck::unfit).isEqualTo(List.of(SlotNeeds.Unfit.RANK));
        assertThatThrownBy(() -> sourcing.offer(request.getId(), tooJunior.getCode()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rank");
        SourcingRequest offered = sourcing.offer(request.getId(), eligible.getCode());
        assertThat(offered.getState()).isEqualTo(RequestState.OFFERED);
        assertThat(offered.getOfferedBy()).isEqualTo("liaison-" + asked.getCode().toLowerCase());
        assertThat(offered.getOfferedNation()).isEqualTo(asked.getCode());
        assertThatThrownBy(() -> sourcing.decline(request.getId(), "Too late"))
                .isInstanceOf(IllegalStateException.class);

        signIn(SignedInAs.planner());
        assertThat(sourcing.askAgain(request.getId()).getState()).isEqualTo(RequestState.OPEN);

        signIn(SignedInAs.liaison(other.getCode()));
        assertThatThrownBy(() -> sourcing.decline(request.getId(), " ")).isInstanceOf(IllegalArgumentException.class);
        SourcingRequest declined = sourcing.decline(request.getId(), "No OF-4 free before 2028");
        assertThat(declined.getState()).isEqualTo(RequestState.DECLINED);
        assertThat(declined.getDeclinedNation()).isEqualTo(other.getCode());
        assertThat(declined.getClosedBy()).isEqualTo("liaison-" + other.getCode().toLowerCase());

        signIn(SignedInAs.planner());
        sourcing.askAgain(request.getId());
        signIn(SignedInAs.liaison(asked.getCode()));
        sourcing.offer(request.getId(), eligible.getCode());
        signIn(SignedInAs.planner());
        assertThat(sourcing.accept(request.getId()).getState()).isEqualTo(RequestState.ACCEPTED);
    }

    @Test
    void anAcceptedOfferIsAPinInTheNextSolve() {
        publish(List.of());
        SourcingRequest request = openRequest(1);
        signIn(SignedInAs.liaison(asked.getCode()));
        sourcing.offer(request.getId(), eligible.getCode());
        signIn(SignedInAs.planner());
        sourcing.accept(request.getId());

        Scenario next = scenarios.current().orElseThrow();
        assertThat(next.pinned().rotation())
                .contains(new Scenario.PinnedSlot(post.getCode(), 1, eligible.getCode()));
        RotationSlot slot = RotationMapper.toSolution(next).getSlots().stream()
                .filter(candidate -> candidate.getId().equals(post.getCode() + "@1")).findFirst().orElseThrow();
        assertThat(slot.isPinned()).isTrue();
        assertThat(slot.getPerson().id()).isEqualTo(eligible.getCode());
    }

    @Test
    void aRepublishKeepsStandingRequestsAndWithdrawsThoseNoLongerNeeded() {
        publish(List.of());
        SourcingRequest first = openRequest(0);
        SourcingRequest second = openRequest(1);
        signIn(SignedInAs.liaison(asked.getCode()));
        sourcing.offer(first.getId(), eligible.getCode());
        signIn(SignedInAs.planner());

        // the new roster fills period 1 (so its request goes) and leaves period 0 open (so its request stays)
        publish(List.of(new PlanRow(post.getCode(), 1, othersNominee.getCode())));

        assertThat(sourcing.request(first.getId()).getState()).isEqualTo(RequestState.OFFERED);
        assertThat(sourcing.request(second.getId()).getState()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(sourcing.requests()).filteredOn(request -> request.slotId().equals(post.getCode() + "@0"))
                .singleElement().extracting(SourcingRequest::getId).isEqualTo(first.getId());
    }

    @Test
    void aHolderWhoLeavesBeforeThePeriodEndsIsARequestToo() {
        Person leaving = fixture.person(other, "Leaving Early", Rank.OF_4,
                fixture.horizon().getStartDate().plusMonths(2));
        publish(List.of(new PlanRow(post.getCode(), 0, leaving.getCode())));
        SourcingRequest request = openRequest(0);
        assertThat(request.getReason()).isEqualTo(RequestReason.HOLDER_LEAVES);
        assertThat(request.getHolderCode()).isEqualTo(leaving.getCode());
    }

    @Test
    void aLiaisonOfficerNeverSeesNorAnswersAnotherNationsRequestOrNominee() {
        publish(List.of());
        SourcingRequest request = openRequest(0);

        signIn(SignedInAs.liaison(outsider.getCode()));
        assertThat(sourcing.requests()).noneMatch(candidate -> candidate.getId().equals(request.getId()))
                .allMatch(candidate -> candidate.asks(outsider.getCode()));
        assertThatThrownBy(() -> sourcing.request(request.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourcing.nominees(request.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourcing.offer(request.getId(), eligible.getCode()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourcing.decline(request.getId(), "Not ours"))
                .isInstanceOf(AccessDeniedException.class);

        signIn(SignedInAs.liaison(asked.getCode()));
        assertThat(sourcing.nominees(request.getId())).extracting(SlotNeeds.NomineeCheck::nation)
                .containsOnly(asked.getCode());
        // the other asked nation's nominee is not this officer's to offer
        assertThatThrownBy(() -> sourcing.offer(request.getId(), othersNominee.getCode()))
                .isInstanceOf(AccessDeniedException.class);
        Person smuggled = new Person(TestData.code("X"), "Smuggled", other, Rank.OF_4, 3, null, null);
        assertThatThrownBy(() -> sourcing.offerNew(request.getId(), smuggled)).isInstanceOf(AccessDeniedException.class);
        assertThat(sourcing.request(request.getId()).getState()).isEqualTo(RequestState.OPEN);
    }

    @Test
    void aNewNomineeEnteredOnTheSpotIsSavedForTheLiaisonsNationAndOffered() {
        publish(List.of());
        SourcingRequest request = openRequest(0);
        signIn(SignedInAs.liaison(asked.getCode()));
        Person fresh = new Person(TestData.code(asked.getCode()), "Fresh Nominee", asked, Rank.OF_3, 4,
                fixture.horizon().getStartDate().minusMonths(2), fixture.until(10));
        SourcingRequest offered = sourcing.offerNew(request.getId(), fresh);
        assertThat(offered.getOfferedPerson()).isEqualTo(fresh.getCode());
        assertThat(staffing.findPerson(fresh.getCode())).isPresent();
    }

    private void publish(List<PlanRow> rows) {
        fixture.publish(rows);
    }

    private SourcingRequest openRequest(int period) {
        return fixture.openRequest(period);
    }
}
