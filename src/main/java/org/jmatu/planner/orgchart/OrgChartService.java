package org.jmatu.planner.orgchart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.EquipmentType;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.orgchart.OrgChart.Coverage;
import org.jmatu.planner.orgchart.OrgChart.Handover;
import org.jmatu.planner.orgchart.OrgChart.Holder;
import org.jmatu.planner.orgchart.OrgChart.PostHolding;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.SourcingRule;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the unit as of a day: holders from the current roster, attached companies, gaps and coverage. */
@Service
@Transactional(readOnly = true)
public class OrgChartService {

    /** Hand-overs this close to the chosen day are shown beside the chart. */
    public static final int HANDOVER_WINDOW_DAYS = 45;

    private final NationService nations;
    private final StaffingService staffing;
    private final ForcesService forces;
    private final ObjectProvider<RosterSource> rosters;
    private final ObjectProvider<GrowthPeriods> growth;

    OrgChartService(NationService nations, StaffingService staffing, ForcesService forces,
                    ObjectProvider<RosterSource> rosters, ObjectProvider<GrowthPeriods> growth) {
        this.nations = nations;
        this.staffing = staffing;
        this.forces = forces;
        this.rosters = rosters;
        this.growth = growth;
    }

    /** The first and last day of the planning horizon, for the date picker. */
    public Optional<Period> horizonSpan() {
        return nations.horizon().map(horizon -> new Period(0, horizon.getStartDate(),
                horizon.period(horizon.getPeriods() - 1).end(), horizon.getPeriodMonths()));
    }

    /**
     * The roster the chart shows: the source's (the published one, else the newest draft), but for a liaison
     * officer only a published one; planners' drafts are theirs and the commander's until they are published.
     */
    private Optional<RosterSnapshot> visibleRoster() {
        Optional<RosterSnapshot> roster = Optional.ofNullable(rosters.getIfAvailable()).flatMap(RosterSource::current);
        return CurrentUser.liaisonNation().isPresent()
                ? roster.filter(snapshot -> snapshot.status() == RosterSnapshot.Status.PUBLISHED) : roster;
    }

    public OrgChart asOf(LocalDate date) {
        Horizon horizon = nations.horizon().orElseThrow(() -> new IllegalStateException("no planning horizon is set"));
        Optional<Period> period = horizon.allPeriods().stream().filter(candidate -> candidate.contains(date)).findFirst();
        Optional<RosterSnapshot> roster = visibleRoster();
        List<Post> posts = staffing.findAllPosts();
        GrowthPeriods.Snapshot phases = Optional.ofNullable(growth.getIfAvailable()).map(GrowthPeriods::current)
                .orElse(GrowthPeriods.Snapshot.none());
        List<Company> attached = period.map(p -> forces.findAllCompanies().stream()
                .filter(company -> isAttached(company, p.index(), phases)).toList()).orElse(List.of());
        Set<EquipmentStandard> present = EnumSet.noneOf(EquipmentStandard.class);
        attached.forEach(company -> present.addAll(company.standards()));
        VisibleHolders holders = visibleHolders();

        Map<String, List<PostHolding>> sections = new LinkedHashMap<>();
        Map<String, String> heldBy = new LinkedHashMap<>();
        List<Handover> handovers = new ArrayList<>();
        posts.stream().sorted(Comparator.comparingInt(Post::getDisplayOrder))
                .filter(post -> period.isPresent() && isActive(post, period.get().index(), present, phases))
                .forEach(post -> {
                    int index = period.get().index();
                    String holder = roster.map(r -> r.holder(post.getCode(), index)).orElse(null);
                    PostHolding holding = holding(post, holder, holders, date);
                    sections.computeIfAbsent(post.getSection(), name -> new ArrayList<>()).add(holding);
                    if (!holding.vacant()) {
                        heldBy.put(post.getCode(), holder);
                    }
                    roster.ifPresent(r -> handovers.addAll(handoversNear(post, r, horizon, date, holders)));
                });
        boolean brigade = posts.size() > 100;
        String echelon = brigade ? UnitSymbols.BRIGADE : UnitSymbols.BATTALION;
        return new OrgChart(date, horizon.getName(), brigade ? "Brigade" : "Battalion", UnitSymbols.headquarters(echelon),
                period.map(Period::label).orElseGet(() -> I18n.t("orgchart.text.outside-horizon")),
                roster.map(r -> r.status().name()).orElse("NONE"),
                roster.map(RosterSnapshot::label).orElseGet(() -> I18n.t("orgchart.text.no-roster")),
                sections.entrySet().stream().map(entry -> new OrgChart.Section(entry.getKey(),
                        UnitSymbols.section(entry.getKey()), entry.getValue())).toList(),
                attached.stream().map(OrgChartService::unit).toList(),
                nationMix(sections.values()),
                coverage(present, heldBy, holders),
                handovers.stream().sorted(Comparator.comparing(Handover::date).thenComparing(Handover::post)).toList());
    }

    /** One post on the chosen day, its rotation over the whole horizon and the rules that bind its holder. */
    public Optional<PostDetails> details(String postCode, LocalDate date) {
        Optional<Post> found = staffing.findPost(postCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Post post = found.get();
        Horizon horizon = nations.horizon().orElseThrow();
        Optional<RosterSnapshot> roster = visibleRoster();
        Optional<Period> today = horizon.allPeriods().stream().filter(period -> period.contains(date)).findFirst();
        VisibleHolders holders = visibleHolders();
        String holder = today.flatMap(period -> roster.map(r -> r.holder(postCode, period.index()))).orElse(null);
        PostHolding holding = holding(post, holder, holders, date);
        List<PostDetails.Tour> rotation = horizon.allPeriods().stream().map(period -> {
            Optional<Holder> held = roster.map(r -> r.holder(postCode, period.index())).map(holders::holder);
            return new PostDetails.Tour(period.label(), held.map(Holder::rankAndName).orElseGet(() -> I18n.t("orgchart.vacant")),
                    held.map(Holder::nation).orElse(""));
        }).toList();
        return Optional.of(new PostDetails(post.getCode(), post.getTitle(), post.getSection(), holding.holder(),
                holding.problems(), rules(post), rotation));
    }

    /** The post's requirements in a planner's words, in the reader's language. */
    private static List<String> rules(Post post) {
        List<String> rules = new ArrayList<>();
        rules.add(I18n.t("orgchart.rule.rank", post.getRankMin() + (post.getRankMin() == post.getRankMax() ? ""
                : "–" + post.getRankMax())));
        if (!post.getSkills().isEmpty()) {
            rules.add(I18n.t("orgchart.rule.skills",
                    post.getSkills().stream().map(Skill::getCode).sorted().collect(Collectors.joining(", "))));
        }
        rules.add(I18n.t("orgchart.rule.english", post.getEnglishMin()));
        String nations = post.getSourcingNations().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        rules.add(switch (post.getSourcingRule()) {
            case FIXED -> I18n.t("orgchart.rule.fixed", nations);
            case ROTATING -> I18n.t("orgchart.rule.rotating", nations, post.getMaxNationConsecutive());
            case ANY -> nations.isEmpty() ? I18n.t("orgchart.rule.any") : I18n.t("orgchart.rule.any-of", nations);
        });
        if (post.getKeyGroup() != null) {
            rules.add(I18n.t("orgchart.rule.key-group", post.getKeyGroup()));
        }
        if (post.getRequiresStandard() != null) {
            rules.add(I18n.t("orgchart.rule.requires-standard", post.getRequiresStandard().toString()));
        }
        return rules;
    }

    /** Rule 1, with the growth phases: a post that sets no first period of its own exists from its phase's. */
    private static boolean isActive(Post post, int period, Set<EquipmentStandard> present,
                                    GrowthPeriods.Snapshot phases) {
        boolean phaseBegun = post.getActiveFrom() != null
                || phases.ofPost(post.getCode(), post.getSection()).map(first -> first <= period).orElse(true);
        return post.isActiveIn(period) && phaseBegun
                && (post.getRequiresStandard() == null || present.contains(post.getRequiresStandard()));
    }

    /** Attached in its own periods, or, with none of its own, from its phase's first period on. */
    private static boolean isAttached(Company company, int period, GrowthPeriods.Snapshot phases) {
        return company.isAttachedIn(period) || company.getAttachedPeriods().isEmpty()
                && phases.ofCompany(company.getCode()).map(first -> first <= period).orElse(false);
    }

    /** A liaison officer reads their own nation's people in full and everyone else's nation and rank only. */
    private VisibleHolders visibleHolders() {
        return new VisibleHolders(staffing.findAllPeople(), staffing.findAllOutlines());
    }

    /** The post and its holder; what unfits the holder is listed only when the user may read the holder in full. */
    private static PostHolding holding(Post post, String holderCode, VisibleHolders holders, LocalDate date) {
        Holder holder = holderCode == null ? null : holders.holder(holderCode);
        List<String> problems = holder == null ? List.of()
                : holders.readable(holderCode).map(person -> problems(post, person, date)).orElse(List.of());
        String rank = post.getRankMin() == post.getRankMax() ? post.getRankMin().code()
                : post.getRankMin().code() + "–" + post.getRankMax().code();
        return new PostHolding(post.getCode(), post.getTitle(), rank, holder, post.getKeyGroup(), problems);
    }

    /**
     * What makes a holder unfit for the post on that day: the rules a planner would have to answer for, in the
     * reader's language.
     */
    static List<String> problems(Post post, Person person, LocalDate date) {
        List<String> problems = new ArrayList<>();
        if (!person.getRank().within(post.getRankMin(), post.getRankMax())) {
            problems.add(Message.of("orgchart.problem.rank", person.getRank().toString(),
                    post.getRankMin() + "–" + post.getRankMax()).text());
        }
        Set<String> missing = post.getSkills().stream().map(Skill::getCode)
                .filter(skill -> person.getSkills().stream().noneMatch(held -> held.getCode().equals(skill)))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            problems.add(Message.of("orgchart.problem.skills", String.join(", ", missing)).text());
        }
        if (person.getEnglish() < post.getEnglishMin()) {
            problems.add(Message.of("orgchart.problem.english", person.getEnglish(), post.getEnglishMin()).text());
        }
        if (date.isBefore(person.getAvailableFrom()) || date.isAfter(person.getAvailableTo())) {
            problems.add(Message.of("orgchart.problem.availability", date, person.getAvailableFrom(),
                    person.getAvailableTo()).text());
        }
        boolean restricted = post.getSourcingRule() != SourcingRule.ANY || !post.getSourcingNations().isEmpty();
        if (restricted && !post.getSourcingNations().contains(person.getNation())) {
            problems.add(Message.of("orgchart.problem.sourcing", person.getNation().getCode()).text());
        }
        return problems;
    }

    private static List<Handover> handoversNear(Post post, RosterSnapshot roster, Horizon horizon, LocalDate date,
                                                VisibleHolders holders) {
        List<Handover> handovers = new ArrayList<>();
        for (Period period : horizon.allPeriods()) {
            if (period.index() == 0 || Math.abs(period.start().toEpochDay() - date.toEpochDay()) > HANDOVER_WINDOW_DAYS) {
                continue;
            }
            String before = roster.holder(post.getCode(), period.index() - 1);
            String after = roster.holder(post.getCode(), period.index());
            if (before != null && after != null && !before.equals(after)) {
                handovers.add(new Handover(period.start(), post.getCode(), label(holders, before), label(holders, after)));
            }
        }
        return handovers;
    }

    private static String label(VisibleHolders holders, String code) {
        Holder holder = holders.holder(code);
        return holder == null ? I18n.t("orgchart.text.gone") : holder.label();
    }

    private static OrgChart.CompanyUnit unit(Company company) {
        Map<String, Integer> byStandard = new TreeMap<>();
        company.getEquipment().forEach(holding -> byStandard.merge(holding.getEquipmentType().getStandard().name(),
                holding.getQuantity(), Integer::sum));
        return new OrgChart.CompanyUnit(company.getCode(), company.getName(), company.getNation().getCode(),
                company.getCompanyType().name(), company.getStrength(), UnitSymbols.company(company.getCompanyType()),
                byStandard);
    }

    private static Map<String, Long> nationMix(Iterable<List<PostHolding>> sections) {
        Map<String, Long> mix = new TreeMap<>();
        sections.forEach(posts -> posts.stream().filter(post -> !post.vacant())
                .forEach(post -> mix.merge(post.holder().nation(), 1L, Long::sum)));
        return mix;
    }

    /** {@code heldBy} maps each held post's code to its holder's code. */
    private List<Coverage> coverage(Set<EquipmentStandard> present, Map<String, String> heldBy, VisibleHolders holders) {
        Map<EquipmentStandard, Set<String>> skillsByStandard = forces.findAllEquipmentTypes().stream()
                .filter(type -> type.getMaintenanceSkill() != null)
                .collect(Collectors.groupingBy(EquipmentType::getStandard,
                        Collectors.mapping(EquipmentType::getMaintenanceSkill, Collectors.toSet())));
        List<Coverage> coverage = new ArrayList<>();
        for (EquipmentStandard standard : present) {
            Set<String> skills = skillsByStandard.getOrDefault(standard, Set.of());
            List<String> maintainers = new ArrayList<>();
            heldBy.forEach((post, holder) -> {
                if (holders.skills(holder).stream().anyMatch(skills::contains)) {
                    maintainers.add(post + " " + holders.holder(holder).label());
                }
            });
            coverage.add(new Coverage(standard.name(), !maintainers.isEmpty(), maintainers));
        }
        return coverage;
    }
}
