package org.jmatu.planner.planning.rotation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.stereotype.Component;

/**
 * Builds the rotation-relevant part of a {@link Scenario} (horizon, nations, posts, personnel, equipment
 * types, companies) from the module services. Replaceable by the shared exporter once it lands.
 */
@Component
class JpaRotationScenarioAssembler implements RotationScenarioProvider {

    private final NationService nations;
    private final StaffingService staffing;
    private final ForcesService forces;

    JpaRotationScenarioAssembler(NationService nations, StaffingService staffing, ForcesService forces) {
        this.nations = nations;
        this.staffing = staffing;
        this.forces = forces;
    }

    @Override
    public Optional<Scenario> current() {
        Optional<Horizon> found = nations.horizon();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Horizon horizon = found.get();
        List<Scenario.Nation> nationList = nations.findAll().stream()
                .map(nation -> new Scenario.Nation(nation.getCode(), nation.getName(), nation.getRole().name(),
                        nation.getEquipmentStandard().name(), nation.getTourPeriods(),
                        nation.getMaxConsecutivePeriods(), nation.getStaffShare()))
                .toList();
        List<Scenario.Post> posts = staffing.findAllPosts().stream()
                .sorted(Comparator.comparingInt(Post::getDisplayOrder).thenComparing(Post::getCode))
                .map(post -> new Scenario.Post(post.getCode(), post.getTitle(), post.getSection(),
                        post.getRankMin().code(), post.getRankMax().code(), skillCodes(post.getSkills()),
                        post.getEnglishMin(), new Scenario.Sourcing(post.getSourcingRule().name(),
                        post.getSourcingNations().stream().map(Nation::getCode).sorted().toList(),
                        post.getKeyGroup(), post.getMaxNationConsecutive()), post.getActiveFrom(),
                        post.getActiveTo(), post.getRequiresStandard() == null ? null
                        : post.getRequiresStandard().name()))
                .toList();
        List<Scenario.Person> personnel = staffing.findAllPeople().stream()
                .map(person -> new Scenario.Person(person.getCode(), person.getName(), person.getNation().getCode(),
                        person.getRank().code(), skillCodes(person.getSkills()), person.getEnglish(),
                        person.getAvailableFrom(), person.getAvailableTo()))
                .toList();
        List<Scenario.EquipmentType> types = forces.findAllEquipmentTypes().stream()
                .map(type -> new Scenario.EquipmentType(type.getCode(), type.getName(),
                        type.getOrigin() == null ? null : type.getOrigin().getCode(), type.getStandard().name(),
                        List.copyOf(type.getCapabilities()), type.getMaintenanceSkill()))
                .toList();
        List<Scenario.Company> companies = forces.findAllCompanies().stream()
                .map(JpaRotationScenarioAssembler::company)
                .toList();
        return Optional.of(new Scenario(Scenario.FORMAT, horizon.getName(),
                new Scenario.Horizon(horizon.getStartDate(), horizon.getPeriodMonths(), horizon.getPeriods(),
                        horizon.getHandoverDays()),
                nationList, posts, personnel, types, companies, List.of(), List.of(), List.of(),
                Scenario.Pinned.none()));
    }

    private static Scenario.Company company(Company company) {
        return new Scenario.Company(company.getCode(), company.getName(), company.getNation().getCode(),
                company.getCompanyType() == null ? null : company.getCompanyType().name(), company.getStrength(),
                List.copyOf(company.getCapabilities()), company.getHomeBase(),
                new Scenario.Location(company.getHomeLat(), company.getHomeLon()),
                company.getAttachedPeriods().stream().sorted().toList(), List.of(),
                company.getEquipment().stream().map(holding -> new Scenario.Holding(
                        holding.getEquipmentType().getCode(), holding.getQuantity())).toList());
    }

    private static List<String> skillCodes(java.util.Set<Skill> skills) {
        return skills.stream().map(Skill::getCode).sorted().toList();
    }

}
