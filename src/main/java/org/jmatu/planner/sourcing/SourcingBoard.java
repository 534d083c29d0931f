package org.jmatu.planner.sourcing;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmatu.planner.planning.SlotNeeds;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.NationService;
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

    private final SlotNeeds needs;
    private final NationService nations;

    SourcingBoard(SlotNeeds needs, NationService nations) {
        this.needs = needs;
        this.nations = nations;
    }

    /** The number of the roster the HQ works to, 0 while none is published. */
    @Transactional(readOnly = true)
    public int currentRoster() {
        return needs.currentHoldings().map(SlotNeeds.Holdings::rosterVersion).orElse(0);
    }

    /** The bars, nation by nation, of the current roster and of {@code requests}. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    public List<NationFill> fillRates(List<SourcingRequest> requests) {
        Optional<SlotNeeds.Holdings> holdings = needs.currentHoldings();
        Map<String, Integer> held = holdings.map(SlotNeeds.Holdings::byNation).orElse(Map.of());
        int filled = holdings.map(SlotNeeds.Holdings::filled).orElse(0);
        return nations.findAll().stream().map(nation -> {
            List<SourcingRequest> asked = requests.stream().filter(request -> request.asks(nation.getCode()))
                    .filter(request -> request.getState() != RequestState.WITHDRAWN).toList();
            int accepted = (int) asked.stream().filter(request -> request.getState() == RequestState.ACCEPTED
                    && nation.getCode().equals(request.getOfferedNation())).count();
            return new NationFill(nation.getCode(), nation.getName(), nation.getStaffShare(),
                    held.getOrDefault(nation.getCode(), 0), filled, asked.size(), accepted);
        }).toList();
    }

    /** Overdue, or a key post's or section chief's request due within {@value #CRITICAL_DAYS} days and still open. */
    public static boolean critical(SourcingRequest request, LocalDate today) {
        return request.overdue(today) || request.getState() == RequestState.OPEN
                && request.getPriority() != RequestPriority.ROUTINE
                && !today.plusDays(CRITICAL_DAYS).isBefore(request.getDueDate());
    }
}
