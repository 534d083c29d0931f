package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.jmatu.planner.housing.HousingLoad;
import org.jmatu.planner.housing.HousingLoads;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Period;

/**
 * A warning line over the roster: the periods where the roster (with its hand-over overlaps) or the attached companies
 * need more places than the garrisons have. Hidden while everyone fits.
 */
class HousingWarning extends Span {

    HousingWarning() {
        addClassName("housing-warning");
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    void show(Scenario scenario, List<Plan.RotationRow> roster) {
        List<HousingLoad> over = HousingLoads.overCapacity(scenario, roster);
        setVisible(!over.isEmpty());
        setText(over.isEmpty() ? "" : getTranslation("housing.warning", over.stream()
                .map(load -> getTranslation("housing.warning.load",
                        Period.of(scenario.horizon().start(), scenario.horizon().periodMonths(), load.period()).label(),
                        load.kind().label(), load.demand(), load.places()))
                .collect(Collectors.joining("; "))));
    }
}
