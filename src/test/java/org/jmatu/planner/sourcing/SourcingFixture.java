package org.jmatu.planner.sourcing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.SourcingRule;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.springframework.context.ApplicationContext;

/**
 * A post of its own for a sourcing test, sourced from two fresh nations ({@code asked}, {@code other}) with
 * nominees; a third nation ({@code outsider}) is not asked. Publishing a roster makes the requests.
 */
public class SourcingFixture {

    public Nation asked;
    public Nation other;
    public Nation outsider;
    public Post post;
    public Person eligible;
    public Person tooJunior;
    public Person othersNominee;

    private final TestData data;
    private final StaffingService staffing;
    private final NationService nations;
    private final RosterVersionService rosters;
    private final SourcingService sourcing;

    /** Takes the services from the test's (shared) Spring context, so that no context of its own is made. */
    public SourcingFixture(ApplicationContext context) {
        this.data = context.getBean(TestData.class);
        this.staffing = context.getBean(StaffingService.class);
        this.nations = context.getBean(NationService.class);
        this.rosters = context.getBean(RosterVersionService.class);
        this.sourcing = context.getBean(SourcingService.class);
    }

    /** Fresh nations, post and nominees (signed in as a planner). */
    public SourcingFixture setUp() {
        asked = data.nation();
        other = data.nation();
        outsider = data.nation();
        post = new Post(TestData.code("SRC"), "Chief Test Cell", "J9", Rank.OF_3, Rank.OF_4, 2, SourcingRule.FIXED);
        post.setSourcingNations(Set.of(asked, other));
        post = staffing.save(post);
        eligible = person(asked, "Able Nominee", Rank.OF_4, until(10));
        tooJunior = person(asked, "Junior Nominee", Rank.OF_1, until(10));
        othersNominee = person(other, "Other Nominee", Rank.OF_4, until(10));
        return this;
    }

    public Person person(Nation nation, String name, Rank rank, LocalDate until) {
        return staffing.save(new Person(TestData.code(nation.getCode()), name, nation, rank, 3,
                horizon().getStartDate().minusYears(1), until));
    }

    public LocalDate until(int years) {
        return horizon().getStartDate().plusYears(years);
    }

    public Horizon horizon() {
        return nations.horizon().orElseThrow();
    }

    /** Publishes a roster of these rows (every other slot unfilled) as a planner. */
    public void publish(List<PlanRow> rows) {
        KaribuTest.signIn(SignedInAs.planner());
        var draft = rosters.saveDraft("Sourcing test", new RotationPlan(RotationPlan.FORMAT, "test", null, rows,
                List.of()), List.of(), null);
        rosters.publish(draft.id());
    }

    /** The open request for this post in {@code period}, as the signed-in user reads it. */
    public SourcingRequest openRequest(int period) {
        return sourcing.requests().stream().filter(request -> request.slotId().equals(post.getCode() + "@" + period))
                .filter(request -> request.getState() == RequestState.OPEN).findFirst().orElseThrow();
    }
}
