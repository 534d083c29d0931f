package org.jmatu.planner.shared;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member nations, their policies, and the planning horizon. */
@Service
@Transactional(readOnly = true)
public class NationService {

    private final NationRepository nations;
    private final HorizonRepository horizons;
    private final RecordGuard guard;

    NationService(NationRepository nations, HorizonRepository horizons, RecordGuard guard) {
        this.nations = nations;
        this.horizons = horizons;
        this.guard = guard;
    }

    public List<Nation> findAll() {
        return nations.findAllByOrderByCode();
    }

    public Optional<Nation> findByCode(String code) {
        return nations.findByCode(code);
    }

    public long count() {
        return nations.count();
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public Nation save(Nation nation) {
        return guard.save(nations, nation);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(Nation nation) {
        guard.delete(nations, nation);
    }

    public Optional<Horizon> horizon() {
        return horizons.findFirstByOrderById();
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public Horizon save(Horizon horizon) {
        return guard.save(horizons, horizon);
    }
}
