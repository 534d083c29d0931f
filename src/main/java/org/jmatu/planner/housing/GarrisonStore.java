package org.jmatu.planner.housing;

import java.util.List;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.database.GrowthPart;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.NationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The garrisons of the data set in use as the scenario's {@code growth.garrisons}: what a data set's export carries
 * and what loading a scenario puts in place of the garrisons there were (each one audited as planners' edits are).
 */
@Component
class GarrisonStore implements GrowthPart {

    private final GarrisonRepository garrisons;
    private final NationService nations;

    GarrisonStore(GarrisonRepository garrisons, NationService nations) {
        this.garrisons = garrisons;
        this.nations = nations;
    }

    @Override
    @Transactional(readOnly = true)
    public Growth read(Growth growth) {
        return growth.withGarrisons(garrisons.findAllByOrderByPositionAscCodeAsc().stream()
                .map(GarrisonStore::record).toList());
    }

    @Override
    @Transactional
    public void write(Growth growth) {
        garrisons.deleteAll();
        // the deletes first: the new garrisons may take the codes of the old ones
        garrisons.flush();
        List<Growth.Garrison> listed = growth.garrisons();
        for (int index = 0; index < listed.size(); index++) {
            Growth.Garrison garrison = listed.get(index);
            Garrison entity = new Garrison(garrison.id(), garrison.name(), GarrisonKind.valueOf(garrison.kind()),
                    nations.findByCode(garrison.nation()).orElseThrow(), garrison.upkeepPerYear(),
                    garrison.capacity().stream().map(step -> new CapacityStep(step.fromPeriod(), step.places()))
                            .toList());
            entity.setPosition(index);
            garrisons.save(entity);
        }
    }

    static Growth.Garrison record(Garrison garrison) {
        return new Growth.Garrison(garrison.getCode(), garrison.getName(), garrison.getKind().name(),
                garrison.getNation().getCode(), garrison.getUpkeepPerYear(), garrison.getCapacity().stream()
                .map(step -> new Growth.Capacity(step.getFromPeriod(), step.getPlaces())).toList());
    }
}
