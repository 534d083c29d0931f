package org.jmatu.planner.housing;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.RecordGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The garrisons of the data set in use, which planners keep (a stale save is an edit conflict, every change is
 * audited), and the places the published roster and the attached companies need against theirs. A liaison officer
 * reads only the garrisons their own nation keeps, and not the loads, which count every nation's people.
 */
@Service
@Transactional(readOnly = true)
public class HousingService {

    private final GarrisonRepository garrisons;
    private final RecordGuard guard;
    private final NationService nations;
    private final PublishedHousingWarnings published;

    HousingService(GarrisonRepository garrisons, RecordGuard guard, NationService nations,
                   PublishedHousingWarnings published) {
        this.garrisons = garrisons;
        this.guard = guard;
        this.nations = nations;
        this.published = published;
    }

    /** The garrisons in the scenario's order; a liaison officer gets their own nation's only. */
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    public List<Garrison> findAll() {
        return CurrentUser.liaisonNation().map(garrisons::findByNationCodeOrderByPositionAscCodeAsc)
                .orElseGet(garrisons::findAllByOrderByPositionAscCodeAsc);
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    public Optional<Garrison> find(String code) {
        return garrisons.findByCode(code).filter(garrison -> CurrentUser.liaisonNation()
                .map(own -> own.equals(garrison.getNation().getCode())).orElse(true));
    }

    /** The horizon's periods, which capacity steps start in; none while no horizon is set up. */
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    public List<Period> periods() {
        return nations.horizon().map(Horizon::allPeriods).orElse(List.of());
    }

    /** Whether a garrison other than {@code garrison} (the one edited) has {@code code} already. */
    @RolesAllowed(Role.PLANNER_NAME)
    public boolean codeTaken(String code, Garrison garrison) {
        return code != null && garrisons.findByCode(code)
                .filter(other -> !Objects.equals(other.getId(), garrison.getId())).isPresent();
    }

    /**
     * What keeps {@code garrison} from being saved beyond its own checks (Bean Validation): a code another garrison
     * has, a step outside the planning horizon.
     */
    @RolesAllowed(Role.PLANNER_NAME)
    public List<Message> problems(Garrison garrison) {
        List<Message> problems = new ArrayList<>();
        if (codeTaken(garrison.getCode(), garrison)) {
            problems.add(Message.of("housing.code.taken", garrison.getCode()));
        }
        int periods = periods().size();
        if (garrison.getCapacity().stream().map(CapacityStep::getFromPeriod)
                .anyMatch(period -> period != null && period >= periods)) {
            problems.add(Message.of("housing.step.outside", periods));
        }
        return problems;
    }

    /** Stores a new or changed garrison; a new one goes after the others. */
    @Transactional
    @RolesAllowed(Role.PLANNER_NAME)
    public Garrison save(Garrison garrison) {
        List<Message> problems = problems(garrison);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("garrison " + garrison + " cannot be saved: "
                    + problems.stream().map(Message::english).toList());
        }
        if (garrison.isNew()) {
            garrison.setPosition(garrisons.lastPosition() + 1);
        }
        return guard.save(garrisons, garrison);
    }

    @Transactional
    @RolesAllowed(Role.PLANNER_NAME)
    public void delete(Garrison garrison) {
        guard.delete(garrisons, garrison);
    }

    /** The loads under the published roster; empty while no horizon is set up. Not for liaison officers. */
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    public Optional<HousingOutlook> outlook() {
        return published.outlook();
    }
}
