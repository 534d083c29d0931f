package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.KAZ;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.anyPost;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.person;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.slot;

import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.impl.domain.solution.descriptor.SolutionDescriptor;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;

/**
 * The roster's construction tries a slot's nominees who qualify without a course and leaving it empty, never those
 * who need one.
 */
class WithoutCourseFilterTest {

    private static final GenuineVariableDescriptor<RotationSolution> HOLDER = SolutionDescriptor
            .buildSolutionDescriptor(RotationSolution.class, RotationSlot.class, CourseSeat.class)
            .findEntityDescriptorOrFail(RotationSlot.class).getGenuineVariableDescriptor("person");

    private final WithoutCourseFilter filter = new WithoutCourseFilter();
    private final PersonFact qualified = person("KAZ-1", KAZ);
    private final PersonFact afterCourse = person("KAZ-2", KAZ);
    private final RotationSlot slot = slot(anyPost("J3-DEP"), 1, null);

    WithoutCourseFilterTest() {
        slot.setQualifiedByCourse(Set.of(afterCourse));
    }

    @Test
    void skipsANomineeWhoQualifiesOnlyOnACourse() {
        assertThat(filter.accept(null, new ChangeMove<>(HOLDER, slot, afterCourse))).isFalse();
    }

    @Test
    void keepsANomineeQualifiedWithoutACourseAndTheEmptySlot() {
        assertThat(filter.accept(null, new ChangeMove<>(HOLDER, slot, qualified))).isTrue();
        assertThat(filter.accept(null, new ChangeMove<>(HOLDER, slot, null))).isTrue();
    }
}
