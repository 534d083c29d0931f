package org.jmatu.planner.sourcing;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.SlotNeeds.SlotNeed;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.PendingRequests;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.Period;
import org.springframework.stereotype.Component;

/**
 * The pending requests in and out of scenario files ({@code sourcingRequests}, docs/file-formats.md). A liaison
 * officer's file holds only the requests to their nation, without another nation's offer or holder.
 */
@Component
class ScenarioRequests implements PendingRequests {

    private final SourcingRequestRepository requests;
    private final Clock clock;

    ScenarioRequests(SourcingRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public List<Scenario.SourcingRequest> pending() {
        Optional<String> own = CurrentUser.liaisonNation();
        return requests.findByStateIn(Set.of(RequestState.OPEN, RequestState.OFFERED)).stream()
                .filter(request -> own.map(nation -> request.asks(nation) && (request.getOfferedNation() == null
                        || request.getOfferedNation().equals(nation))).orElse(true))
                .sorted(Comparator.comparing(SourcingRequest::getPostCode).thenComparing(SourcingRequest::getPeriodIndex))
                .map(request -> new Scenario.SourcingRequest(request.getPostCode(), request.getPeriodIndex(),
                        request.nationList(), request.getDueDate(), request.getPriority().name(),
                        request.getReason().name(), own.isPresent() ? null : request.getHolderCode(),
                        request.getState().name(), request.getOfferedPerson(), request.getOfferedNation()))
                .toList();
    }

    @Override
    public void load(Scenario scenario) {
        Map<String, Scenario.Post> posts = scenario.posts().stream()
                .collect(Collectors.toMap(Scenario.Post::id, Function.identity()));
        Scenario.Horizon horizon = scenario.horizon();
        for (Scenario.SourcingRequest pending : scenario.sourcingRequests()) {
            Scenario.Post post = posts.get(pending.post());
            Period period = Period.of(horizon.start(), horizon.periodMonths(), pending.period());
            SlotNeed need = new SlotNeed(post.id(), post.title(), post.section(), pending.period(), period.start(),
                    period.end(), post.rankMin(), post.rankMax(), post.skills().stream().sorted().toList(),
                    post.englishMin(), pending.nations(), RequestPriority.KEY_POST.name().equals(pending.priority()),
                    RequestPriority.SECTION_CHIEF.name().equals(pending.priority()), pending.holder(), null);
            requests.save(SourcingRequest.imported(need, pending.due(), RequestPriority.valueOf(pending.priority()),
                    RequestReason.valueOf(pending.reason()), RequestState.valueOf(pending.state()), pending.offeredPerson(), pending.offeredNation(),
                    CurrentUser.username(), clock.instant()));
        }
    }
}
