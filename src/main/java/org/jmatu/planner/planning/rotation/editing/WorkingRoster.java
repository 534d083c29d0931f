package org.jmatu.planner.planning.rotation.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.support.BrokenHardRules;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.NomineeOption;
import org.jmatu.planner.planning.rotation.solver.RotationExplanation;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.solver.RotationReplanning;
import org.jmatu.planner.planning.rotation.solver.RotationSolveRequest;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.I18n;

/**
 * The roster a planner works on in the roster view: loaded from the newest saved version (the published holders
 * of periods already over on top), hand-edited and pinned cell by cell, solved and re-planned in the background,
 * and saved or published. The view only shows it and forwards clicks; every decision is here.
 */
public final class WorkingRoster {

    /** What saving did, in words for the planner. */
    public record Saved(RosterVersion version, String message) {
    }

    private final RotationSolverService solver;
    private final RosterVersionService versions;
    private final Clock clock;
    private Scenario scenario;
    private RosterVersionService.Basis basis;
    private List<PlanRow> baseline;
    private RotationSolution solution;
    private RotationExplanation explanation;
    private Map<String, RotationSlot> slotById = Map.of();
    /** The saved version this roster is, unchanged; null once it differs from every saved version. */
    private RosterVersion unchangedFrom;

    WorkingRoster(RotationSolverService solver, RosterVersionService versions, Clock clock, Scenario scenario) {
        this.solver = solver;
        this.versions = versions;
        this.clock = clock;
        this.scenario = scenario;
        this.basis = versions.basis(scenario);
        this.baseline = versions.baseline().map(RosterVersion::rows).orElse(List.of());
        RotationSolution fresh = RotationMapper.toSolution(scenario, baseline);
        Optional<RosterVersion> latest = versions.latest();
        latest.ifPresent(saved -> {
            RotationMapper.applyRows(fresh, saved.rows(), saved.pinnedSlots());
            RotationMapper.applySeats(fresh, saved.courseSeats());
        });
        RotationReplanning.applyPublishedPast(fresh, baseline, today());
        show(fresh);
        unchangedFrom = latest.orElse(null);
    }

    public Scenario scenario() {
        return scenario;
    }

    public RotationSolution solution() {
        return solution;
    }

    public RotationExplanation explanation() {
        return explanation;
    }

    public Map<String, RotationSlot> slots() {
        return slotById;
    }

    public Optional<RotationSlot> slot(String id) {
        return Optional.ofNullable(slotById.get(id));
    }

    public List<PersonFact> personnel() {
        return solution.getPersonnel();
    }

    public List<RosterVersion> versions() {
        return versions.versions();
    }

    /** The day the re-plan panel suggests: today, or the horizon's first day while the horizon lies ahead. */
    public LocalDate suggestedDropoutDay() {
        LocalDate first = scenario.horizon().start();
        return today().isBefore(first) ? first : today();
    }

    // ---- editing ----

    /** Puts {@code person} (null: nobody) in the slot and pins it there: a planner's decision a solve keeps. */
    public void assign(String slotId, PersonFact person) {
        slotById.get(slotId).pin(person);
        edited();
    }

    /** Pins the slot's holder, or unpins a pinned slot. */
    public void togglePin(String slotId) {
        RotationSlot slot = slotById.get(slotId);
        if (slot.isPinned()) {
            slot.unpin();
        } else {
            slot.pin(slot.getPerson());
        }
        edited();
    }

    /** The slot's eligible nominees (and "nobody") ranked by the score the roster would have with each. */
    public List<NomineeOption> rankNominees(String slotId) {
        return solver.rankNominees(solution, slotById.get(slotId));
    }

    /** Shows a saved version as the working roster. */
    public void open(RosterVersion version) {
        RotationSolution fresh = RotationMapper.toSolution(scenario, baseline);
        RotationMapper.applyRows(fresh, version.rows(), version.pinnedSlots());
        RotationMapper.applySeats(fresh, version.courseSeats());
        show(fresh);
        unchangedFrom = version;
    }

    private void edited() {
        solution.setScore(null);
        show(solution);
        unchangedFrom = null;
    }

    // ---- solving ----

    /**
     * Solves the data set's roster from this one in the background: its holders and course attendees are the start,
     * its pins are kept, and so are the holders of periods already over (for this solve, not as pins).
     */
    public SolveJob<RotationPlan> solve() {
        return solver.start(new RotationSolveRequest(scenario, rows(), pins(), baseline, today(), null, seats()));
    }

    /**
     * Re-plans after {@code person} drops out on {@code from}: they hold nothing from then on, everything before
     * that day stays as it is for this solve (not as pins), and changes from the published roster cost, so as
     * little as possible changes. The drop-out stays part of this roster's data until it is reloaded (record it
     * in the person's availability to make it lasting).
     */
    public SolveJob<RotationPlan> replan(PersonFact person, LocalDate from) {
        Scenario withDropout = RotationReplanning.withDropout(scenario, person.id(), from);
        SolveJob<RotationPlan> job = solver.start(new RotationSolveRequest(withDropout, rows(), pins(), baseline,
                from.isAfter(today()) ? from : today(), null, seats()));
        scenario = withDropout;
        return job;
    }

    public Optional<SolveJob<RotationPlan>> job() {
        return solver.solves().newest();
    }

    public boolean solving() {
        return job().filter(SolveJob::active).isPresent();
    }

    public boolean stop() {
        return solver.stop();
    }

    public int queuePosition(SolveJob<?> job) {
        return solver.solves().queuePosition(job);
    }

    /** Hears of the data set's roster solves, whoever started them. */
    public Runnable watchSolves(Consumer<SolveJob<RotationPlan>> watcher) {
        return solver.solves().watch(watcher);
    }

    /**
     * Shows a solve's roster with this roster's pins: its best so far while it runs (scored, but explained only
     * once it ends, since explaining a brigade's roster takes longer than the solver takes to improve it), or its
     * result.
     */
    public void showSolved(RotationPlan plan, boolean ended) {
        RotationSolution solved = RotationMapper.toSolution(scenario, baseline);
        RotationMapper.applyRows(solved, plan.rotation(), pins());
        RotationMapper.applySeats(solved, plan.courseSeats());
        show(solved, ended);
        unchangedFrom = null;
    }

    // ---- saving ----

    /**
     * What this roster breaks, in words, before a planner saves it ("This roster breaks 2 hard rules: …; it will be
     * kept as a draft marked infeasible …"); empty when it keeps every hard rule.
     */
    public Optional<String> infeasibility() {
        if (RotationMapper.toPlan(solution).feasible()) {
            return Optional.empty();
        }
        List<BrokenHardRules.Rule> broken = explanation.constraints().stream()
                .filter(line -> line.level().equals("hard"))
                .map(line -> new BrokenHardRules.Rule(line.name(), line.matchCount(),
                        line.examples().isEmpty() ? null : line.examples().getFirst()))
                .toList();
        String warning = BrokenHardRules.warning("roster", broken);
        return Optional.of(warning != null ? warning : I18n.t("broken.incomplete", solution.getScore()));
    }

    /** Saves this roster as a new draft version (marked infeasible where it breaks a hard rule). */
    public Saved saveDraft() {
        RosterVersion saved = versions.saveDraft(scenario.name(), RotationMapper.toPlan(solution), pins(), null);
        if (versions.basis(scenario).newestVersion() == basis.newestVersion() + 1) {
            basis = basis.after(saved);
        }
        unchangedFrom = saved;
        return new Saved(saved, "Saved v" + saved.number() + " as a draft");
    }

    /**
     * Publishes this roster: the draft it is, unchanged, or else a new version; kept as a draft instead where a
     * newer version was saved or the data changed since it was begun, so it never replaces newer work unseen.
     */
    public Saved publish() {
        Optional<String> broken = infeasibility();
        if (broken.isPresent()) {
            RosterVersion draft = unchangedFrom != null && !unchangedFrom.published() ? unchangedFrom
                    : saveDraft().version();
            return new Saved(draft, "Not published: " + broken.get().replace("it will be kept as a draft",
                    "it is kept as " + draft.label() + ", a draft"));
        }
        if (unchangedFrom != null && !unchangedFrom.published()) {
            RosterVersion draft = unchangedFrom;
            return versions.publishIfCurrent(draft.id(), new RosterVersionService.Basis(draft.number(), basis.scenario()))
                    .map(reason -> new Saved(draft, "Not published: " + reason + ". Compare v" + draft.number()
                            + " with the newer work (Compare versions) before publishing."))
                    .orElseGet(() -> published(versions.find(draft.id()).orElseThrow()));
        }
        RosterVersion saved = versions.saveAndPublish(scenario.name(), RotationMapper.toPlan(solution), pins(), basis);
        unchangedFrom = saved;
        if (!saved.published()) {
            return new Saved(saved, saved.note() + ". Compare " + saved.label()
                    + " with the newer work (Compare versions) before publishing.");
        }
        return published(saved);
    }

    private Saved published(RosterVersion version) {
        baseline = version.rows();
        basis = basis.after(version);
        unchangedFrom = version;
        return new Saved(version, "Published v" + version.number());
    }

    /** The commander's decision on a published version; gives the version as it is now. */
    public RosterVersion review(RosterVersion version, boolean approve, String comment) {
        RosterVersion reviewed = approve ? versions.approve(version.id(), comment)
                : versions.returnWithComment(version.id(), comment);
        baseline = versions.baseline().map(RosterVersion::rows).orElse(List.of());
        return versions.find(reviewed.id()).orElse(reviewed);
    }

    // ---- state ----

    private void show(RotationSolution model) {
        show(model, true);
    }

    private void show(RotationSolution model, boolean explain) {
        solution = model;
        Map<String, RotationSlot> byId = new HashMap<>();
        model.getSlots().forEach(slot -> byId.put(slot.getId(), slot));
        slotById = byId;
        if (model.getScore() == null) {
            solver.update(model);
        }
        if (explain || explanation == null) {
            explanation = solver.explain(model);
        }
    }

    private List<PlanRow> rows() {
        return RotationMapper.toPlan(solution).rotation();
    }

    private List<RotationPlan.SeatRow> seats() {
        return RotationMapper.toPlan(solution).courseSeats();
    }

    private Set<String> pins() {
        return solution.getSlots().stream().filter(RotationSlot::isPinned).map(RotationSlot::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
