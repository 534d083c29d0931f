package org.jmatu.planner.exercises;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.ReferenceChecker;
import org.springframework.stereotype.Component;

/** Training areas and blackouts refer to nations. */
@Component
class ExercisesReferences implements ReferenceChecker {

    private final TrainingAreaRepository areas;
    private final BlackoutRepository blackouts;

    ExercisesReferences(TrainingAreaRepository areas, BlackoutRepository blackouts) {
        this.areas = areas;
        this.blackouts = blackouts;
    }

    @Override
    public List<Message> referencesTo(Object record) {
        List<Message> references = new ArrayList<>();
        if (record instanceof Nation nation) {
            ReferenceChecker.addIfAny(references, "refs.hosts-areas", areas.findCodesByNation(nation));
            ReferenceChecker.addIfAny(references, "refs.named-by-blackouts", blackouts.findNamesConcerning(nation));
        }
        return references;
    }
}
