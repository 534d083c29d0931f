package org.jmatu.planner.growth;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.database.GrowthPart;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The growth phases of the data set in use (V29): entities holding their posts and companies by reference, read and
 * saved as a set. A scenario file names members by code: {@link #read} and {@link #write} map codes to records and
 * back, so the file contract stays as it was.
 */
@Component
class GrowthPhaseStore implements GrowthPart {

    private final GrowthPhaseRepository phases;
    private final GrowthScheduleRepository schedule;
    private final StaffingService staffing;
    private final ForcesService forces;

    GrowthPhaseStore(GrowthPhaseRepository phases, GrowthScheduleRepository schedule, StaffingService staffing,
                     ForcesService forces) {
        this.phases = phases;
        this.schedule = schedule;
        this.staffing = staffing;
        this.forces = forces;
    }

    /**
     * The phases as a file names them, members by code in alphabetical order (as the exporter lists every code). A
     * section no post carries any more (its posts were moved to another) is left out: a file may only name the
     * sections of its posts, and such a section brings nothing in.
     */
    @Override
    @Transactional(readOnly = true)
    public Growth read(Growth growth) {
        Set<String> carried = staffing.findAllPosts().stream().map(Post::getSection).collect(Collectors.toSet());
        return growth.withPhases(byCode().stream().map(phase -> new Growth.Phase(phase.name(), phase.firstPeriod(),
                phase.sections().stream().filter(carried::contains).toList(), phase.posts(), phase.companies()))
                .toList());
    }

    /**
     * Replaces the phases with a scenario's, its codes turned into references. A file's codes were checked when it
     * was read (docs/file-formats.md); one that names no record here is refused in that check's words rather than
     * dropped.
     */
    @Override
    @Transactional
    public void write(Growth growth) {
        Map<String, Post> posts = index(staffing.findAllPosts(), Post::getCode);
        Map<String, Company> companies = index(forces.findAllCompanies(), Company::getCode);
        // a page that read the phases before the data set was loaded must not save them over the loaded ones
        schedule.claim(schedule.version());
        phases.deleteAll(phases.findAll());
        phases.flush();
        for (Growth.Phase phase : growth.phases()) {
            GrowthPhase stored = new GrowthPhase();
            stored.set(phase.name(), phase.firstPeriod(), phase.sections(),
                    known(phase.posts(), posts, "file.unknown.post"),
                    known(phase.companies(), companies, "file.unknown.company"));
            phases.save(stored);
        }
        phases.flush();
    }

    /** The phases with their members by code, the org chart's and the file's view of them. */
    @Transactional(readOnly = true)
    List<Growth.Phase> byCode() {
        return phases.findAllByOrderByFirstPeriodAscNameAsc().stream().map(phase -> new Growth.Phase(phase.getName(),
                phase.getFirstPeriod(), sorted(phase.getSections(), Function.identity()),
                sorted(phase.getPosts(), Post::getCode), sorted(phase.getCompanies(), Company::getCode))).toList();
    }

    /** The phases as the timeline edits them, at the set's version. */
    @Transactional(readOnly = true)
    PhaseSet load() {
        return new PhaseSet(schedule.version(), phases.findAllByOrderByFirstPeriodAscNameAsc().stream()
                .map(phase -> new PhaseSet.Phase(phase.getId(), phase.getName(), phase.getFirstPeriod(),
                        sorted(phase.getSections(), Function.identity()),
                        members(phase.getPosts(), Post::getId, Post::getCode),
                        members(phase.getCompanies(), Company::getId, Company::getCode)))
                .toList());
    }

    /** Every post and company as a member a phase can take, by code. */
    @Transactional(readOnly = true)
    List<PhaseSet.Member> posts() {
        return members(staffing.findAllPosts(), Post::getId, Post::getCode);
    }

    @Transactional(readOnly = true)
    List<PhaseSet.Member> companies() {
        return members(forces.findAllCompanies(), Company::getId, Company::getCode);
    }

    /**
     * Saves {@code edited} in place of the stored phases, unless someone saved the phases since {@code edited} was
     * read: then nothing is written and the conflict carries the set as stored. A member deleted meanwhile is left
     * out, as its delete took it out of its phase.
     */
    @Transactional
    PhaseSet save(PhaseSet edited) {
        if (schedule.claim(edited.version()) == 0) {
            throw new EditConflictException("Growth phases", load());
        }
        Map<Long, GrowthPhase> stored = index(phases.findAll(), GrowthPhase::getId);
        Map<Long, Post> posts = index(staffing.findAllPosts(), Post::getId);
        Map<Long, Company> companies = index(forces.findAllCompanies(), Company::getId);
        Set<Long> kept = edited.phases().stream().map(PhaseSet.Phase::id).collect(Collectors.toSet());
        // deleted first, so that a name they free may be taken in the same save
        phases.deleteAll(stored.values().stream().filter(phase -> !kept.contains(phase.getId())).toList());
        phases.flush();
        for (PhaseSet.Phase phase : edited.phases()) {
            GrowthPhase entity = stored.get(phase.id());
            if (entity == null) {
                entity = new GrowthPhase();
            }
            entity.set(phase.name(), phase.firstPeriod(), phase.sections(), present(phase.posts(), posts),
                    present(phase.companies(), companies));
            phases.save(entity);
        }
        phases.flush();
        return load();
    }

    private static <T> List<T> known(List<String> codes, Map<String, T> byCode, String unknownKey) {
        return codes.stream().map(code -> {
            T record = byCode.get(code);
            if (record == null) {
                throw new IllegalArgumentException(Message.of(unknownKey, code).english());
            }
            return record;
        }).toList();
    }

    private static <T> List<T> present(List<PhaseSet.Member> members, Map<Long, T> byId) {
        return members.stream().map(member -> byId.get(member.id())).filter(record -> record != null).toList();
    }

    private static <K, T> Map<K, T> index(Collection<T> records, Function<T, K> key) {
        Map<K, T> index = new HashMap<>();
        records.forEach(record -> index.put(key.apply(record), record));
        return index;
    }

    private static <T> List<String> sorted(Collection<T> records, Function<T, String> code) {
        return records.stream().map(code).sorted().toList();
    }

    private static <T> List<PhaseSet.Member> members(Collection<T> records, Function<T, Long> id,
                                                     Function<T, String> code) {
        return records.stream().map(record -> new PhaseSet.Member(id.apply(record), code.apply(record)))
                .sorted(Comparator.comparing(PhaseSet.Member::code)).toList();
    }
}
