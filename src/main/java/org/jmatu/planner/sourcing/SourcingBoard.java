package org.jmatu.planner.sourcing;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.PersonOutline;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the sourcing board: for each nation, its share of the slots the current roster fills over the
 * horizon against its agreed staff share, and how many of the requests addressed to it are filled.
 */
@Service
public class SourcingBoard {

    /** How many days before its due date an open request of a key post or section chief counts as critical. */
    static final int CRITICAL_DAYS = 30;

    /**
     * One nation's bar: {@code held} of the roster's {@code filled} slots, against {@code agreedShare} (0–1);
     * {@code accepted} of the {@code requests} addressed to it (withdrawn ones not counted).
     */
    public record NationFill(String nation, String name, double agreedShare, int held, int filled, int requests,
                             int accepted) {

        public double heldShare() {
            return filled == 0 ? 0 : (double) held / filled;
        }
    }

    private final CurrentPlanService plans;
    private final StaffingService staffing;
    private final NationService nations;

    SourcingBoard(CurrentPlanService plans, StaffingService staffing, NationService nations) {
        this.plans = plans;
        this.staffing = staffing;
        this.nations = nations;
    }

    /** The bars, nation by nation, of the current roster and of {@code requests}. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    public List<NationFill> fillRates(List<SourcingRequest> requests) {
        Map<String, String> nationOf = staffing.findAllOutlines().stream()
                .collect(Collectors.toMap(PersonOutline::code, PersonOutline::nation));
        Map<String, Long> held = plans.currentRoster().map(roster -> roster.rows().stream()
                .filter(row -> row.person() != null && nationOf.containsKey(row.person()))
                .collect(Collectors.groupingBy(row -> nationOf.get(row.person()), Collectors.counting())))
                .orElse(Map.of());
        int filled = held.values().stream().mapToInt(Long::intValue).sum();
        return nations.findAll().stream().map(nation -> {
            List<SourcingRequest> asked = requests.stream().filter(request -> request.asks(nation.getCode()))
                    .filter(request -> request.getState() != RequestState.WITHDRAWN).toList();
            int accepted = (int) asked.stream().filter(request -> request.getState() == RequestState.ACCEPTED
                    && nation.getCode().equals(request.getOfferedNation())).count();
            return new NationFill(nation.getCode(), nation.getName(), nation.getStaffShare(),
                    held.getOrDefault(nation.getCode(), 0L).intValue(), filled, asked.size(), accepted);
        }).toList();
    }

    /** Overdue, or a key post's or section chief's request due within {@value #CRITICAL_DAYS} days and still open. */
    public static boolean critical(SourcingRequest request, LocalDate today) {
        return request.overdue(today) || request.getState() == RequestState.OPEN
                && request.getPriority() != RequestPriority.ROUTINE
                && !today.plusDays(CRITICAL_DAYS).isBefore(request.getDueDate());
    }
}
