package org.jmatu.planner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.support.InfeasiblePlanException;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.burden.BurdenSharingService;
import org.jmatu.planner.burden.CostModel;
import org.jmatu.planner.burden.FundingAgreement;
import org.jmatu.planner.burden.StaffBand;
import org.jmatu.planner.growth.GrowthService;
import org.jmatu.planner.housing.CapacityStep;
import org.jmatu.planner.housing.Garrison;
import org.jmatu.planner.housing.HousingService;
import org.jmatu.planner.growth.PhaseChoices;
import org.jmatu.planner.growth.PhaseSet;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.database.ScenarioLoader;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.shared.ReferencedRecordException;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application needs from its database, as one set of tests that each supported database runs:
 * the in-memory H2 of the other tests ({@link H2PersistenceTest}) and a real PostgreSQL
 * ({@link PostgresPersistenceTest}). Each database gets one Spring context, migrated by Flyway from empty, its
 * schema validated by Hibernate, and the battalion demo unit loaded once.
 */
@SpringBootTest(properties = {"planner.demo.enabled=false", "spring.jpa.hibernate.ddl-auto=validate"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PersistenceContract {

    static final Scenario DEMO = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);

    @Autowired Flyway flyway;
    @Autowired ScenarioLoader loader;
    @Autowired ScenarioExporter exporter;
    @Autowired NationService nations;
    @Autowired StaffingService staffing;
    @Autowired AuditTrail trail;
    @Autowired RosterVersionService rosters;
    @Autowired CurrentPlanService currentPlans;
    @Autowired CalendarVersionService calendars;
    @Autowired DataSetService dataSets;
    @Autowired CourseService courses;
    @Autowired GrowthService growth;
    @Autowired HousingService housing;
    @Autowired BurdenSharingService burden;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void demoUnit() {
        if (nations.count() == 0) {
            loader.load(DEMO);
        }
    }

    @Test
    void flywayMigratesAnEmptyDatabaseToTheLatestVersion() {
        MigrationInfoService info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).as("every migration applied, from the first").hasSameSizeAs(info.all())
                .allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(info.current().getVersion()).isEqualTo(Arrays.stream(info.all()).map(MigrationInfo::getVersion)
                .max(Comparable::compareTo).orElseThrow());
        assertThat(flyway.validateWithResult().validationSuccessful).as("checksums of the applied files").isTrue();
    }

    /**
     * Runs first, before the other tests edit records. The export lists records and codes in alphabetical order
     * (the generator does not), always the same way, and is a valid scenario file that reads back equal. Pins
     * belong to saved plans, not to the unit in the database, so the export has none.
     */
    @Test
    @Order(1)
    void theDemoUnitExportsBackAsItWasLoaded() {
        Scenario exported = exporter.export();
        assertThat(exported).usingRecursiveComparison().ignoringFields(
                "posts", "personnel", "equipmentTypes", "companies", "trainingAreas", "exercises", "blackouts", "pinned")
                .ignoringCollectionOrder().isEqualTo(DEMO);
        assertSameRecords(exported.posts(), DEMO.posts(), Scenario.Post::id);
        assertSameRecords(exported.personnel(), DEMO.personnel(), Scenario.Person::id);
        assertSameRecords(exported.equipmentTypes(), DEMO.equipmentTypes(), Scenario.EquipmentType::id);
        assertSameRecords(exported.companies(), DEMO.companies(), Scenario.Company::id);
        assertSameRecords(exported.trainingAreas(), DEMO.trainingAreas(), Scenario.TrainingArea::id);
        assertSameRecords(exported.exercises(), DEMO.exercises(), Scenario.Exercise::id);
        assertSameRecords(exported.blackouts(), DEMO.blackouts(), blackout -> blackout.name() + " " + blackout.from());
        assertThat(exported.personnel()).extracting(Scenario.Person::id).isSorted();

        String text = ScenarioFiles.write(exported);
        ReadResult<Scenario> read = ScenarioFiles.read(text);
        assertThat(read.report().problems()).as("the exported file's problems").isEmpty();
        assertThat(read.value()).isEqualTo(exported);
        assertThat(ScenarioFiles.write(exporter.export())).as("a second export").isEqualTo(text);
    }

    /** The same records, each equal to the one loaded under its key, whatever order the lists of codes in it. */
    private static <T> void assertSameRecords(List<T> exported, List<T> loaded, Function<T, String> key) {
        Map<String, T> loadedByKey = loaded.stream().collect(Collectors.toMap(key, Function.identity()));
        assertThat(exported).extracting(key).containsExactlyInAnyOrderElementsOf(loadedByKey.keySet());
        exported.forEach(record -> assertThat(record).usingRecursiveComparison().ignoringCollectionOrder()
                .isEqualTo(loadedByKey.get(key.apply(record))));
    }

    @Test
    void nomineesAreFoundByPartOfTheirNameAndBySkillPageByPage() {
        Scenario.Person someone = DEMO.personnel().stream().filter(person -> !person.skills().isEmpty())
                .skip(3).findFirst().orElseThrow();
        String part = someone.name().substring(1, 5).toUpperCase(Locale.ROOT);
        assertThat(staffing.findPeople(new PersonFilter(null, null, null, null, part), PageRequest.of(0, 300))
                .map(Person::getCode).getContent()).contains(someone.id());

        Skill skill = staffing.findSkill(someone.skills().get(0)).orElseThrow();
        Page<Person> firstPage = staffing.findPeople(new PersonFilter(null, null, skill, null, null),
                PageRequest.of(0, 5, Sort.by("code")));
        assertThat(firstPage.getTotalElements()).isEqualTo(DEMO.personnel().stream()
                .filter(person -> person.skills().contains(skill.getCode())).count());
        assertThat(firstPage.getContent()).extracting(Person::getCode).hasSize(5).isSorted();
    }

    @Test
    void aSaveFromAStaleCopyIsAnEditConflict() {
        String code = DEMO.personnel().get(0).id();
        Person mine = staffing.findPerson(code).orElseThrow();
        Person theirs = staffing.findPerson(code).orElseThrow();
        theirs.setName("Saved first elsewhere");
        staffing.save(theirs);

        mine.setName("Saved second here");
        assertThatThrownBy(() -> staffing.save(mine)).isInstanceOfSatisfying(EditConflictException.class,
                conflict -> assertThat(((Person) conflict.stored()).getName()).isEqualTo("Saved first elsewhere"));
        assertThat(staffing.findPerson(code).orElseThrow().getName()).isEqualTo("Saved first elsewhere");
    }

    @Test
    void aRecordOthersReferToIsNotDeleted() {
        Nation framework = nations.findByCode("KAZ").orElseThrow();
        assertThatThrownBy(() -> nations.delete(framework)).isInstanceOf(ReferencedRecordException.class)
                .hasMessageContaining("KAZ-");
        assertThat(nations.findByCode("KAZ")).isPresent();
    }

    @Test
    void theAuditTrailNamesWhoChangedARecord() {
        String code = DEMO.personnel().get(1).id();
        String before = staffing.findPerson(code).orElseThrow().getName();
        SignedInAs.user("j1-duty-officer", Role.PLANNER, null);
        Person person = staffing.findPerson(code).orElseThrow();
        person.setName("Renamed by the J1 duty officer");
        staffing.save(person);

        assertThat(trail.find(new AuditFilter(AuditedKind.PERSON, "j1-duty-officer", null, null))).singleElement()
                .satisfies(change -> {
                    assertThat(change.record()).isEqualTo(code);
                    assertThat(change.action()).isEqualTo("changed");
                    assertThat(change.what()).isEqualTo("Name: " + before + " → Renamed by the J1 duty officer");
                });
    }

    @Test
    void aRosterDraftIsSavedReadBackAndPublished() {
        Scenario.Post first = DEMO.posts().get(0);
        Scenario.Post second = DEMO.posts().get(1);
        List<PlanRow> rows = List.of(new PlanRow(first.id(), 0, DEMO.personnel().get(2).id()),
                new PlanRow(second.id(), 0, null));
        List<RotationPlan.SeatRow> seats = List.of(new RotationPlan.SeatRow("ENG-2027-A", DEMO.personnel().get(3).id()),
                new RotationPlan.SeatRow("ENG-2027-A", DEMO.personnel().get(4).id()));
        RosterVersion draft = rosters.saveDraft("Battalion", new RotationPlan(RotationPlan.FORMAT, DEMO.name(),
                "0hard/-1medium/-20soft", rows, List.of(), seats), List.of(first.id() + "@0"), "first cut");

        RosterVersion read = rosters.find(draft.id()).orElseThrow();
        assertThat(read.published()).isFalse();
        assertThat(read.rows()).containsExactlyElementsOf(rows);
        assertThat(read.courseSeats()).containsExactlyInAnyOrderElementsOf(seats);
        assertThat(read.pinnedSlots()).containsExactly(first.id() + "@0");
        assertThat(read.note()).isEqualTo("first cut");

        rosters.publish(draft.id());
        assertThat(rosters.baseline()).get().satisfies(baseline -> {
            assertThat(baseline.id()).isEqualTo(draft.id());
            assertThat(baseline.publishedAt()).isAfterOrEqualTo(baseline.createdAt());
        });
    }

    @Test
    void anInfeasibleDraftKeepsItsMarkAndIsNeverPublishedNorCurrent() {
        Scenario.Post first = DEMO.posts().get(0);
        RotationPlan broken = new RotationPlan(RotationPlan.FORMAT, DEMO.name(), "-2hard/-1medium/-20soft",
                List.of(new PlanRow(first.id(), 0, DEMO.personnel().get(2).id())), List.of());
        RosterVersion draft = rosters.saveDraft("Battalion", broken, List.of(), null);
        RosterVersion unfinished = rosters.saveDraft("Battalion", new RotationPlan(RotationPlan.FORMAT, DEMO.name(),
                "0hard/-1medium/-20soft", broken.rotation(), List.of()), List.of(), "stopped", true);

        assertThat(rosters.find(draft.id())).get().extracting(RosterVersion::infeasible).isEqualTo(true);
        assertThat(rosters.find(unfinished.id())).get().extracting(RosterVersion::infeasible).isEqualTo(true);
        assertThatThrownBy(() -> rosters.publish(draft.id())).isInstanceOf(InfeasiblePlanException.class)
                .hasMessageContaining("stays a draft marked infeasible");
        RosterVersion kept = rosters.saveAndPublish("Battalion", broken, List.of(), rosters.basis(DEMO));
        assertThat(kept.published()).isFalse();
        assertThat(kept.infeasible()).isTrue();
        assertThat(kept.note()).contains("kept as a draft marked infeasible");
        Optional<Long> current = currentPlans.currentRoster().map(RosterVersion::id);
        assertThat(current.orElse(-1L)).isNotIn(draft.id(), unfinished.id(), kept.id());

        Scenario.Exercise exercise = DEMO.exercises().get(0);
        LocalDate start = exercise.earliestStart();
        long calendar = calendars.saveDraft("Stopped early", new CalendarPlan(DEMO.name(), "-6hard/-120soft", false,
                List.of(new PlannedExercise(exercise.id(), start, start.plusDays(exercise.durationDays() - 1),
                        DEMO.trainingAreas().get(0).id(), List.of())), List.of(), List.of(), List.of()),
                Set.of(), Set.of());
        assertThat(calendars.load(calendar)).get().extracting(CalendarVersion::feasible).isEqualTo(false);
        assertThat(calendars.publish(calendar, calendars.basis())).hasValueSatisfying(reason ->
                assertThat(reason).contains("breaks hard rules (-6hard/-120soft)"));
        assertThat(calendars.load(calendar)).get().extracting(CalendarVersion::published).isEqualTo(false);
    }

    @Test
    void aCalendarPlanIsSavedAndReadBack() {
        Scenario.Exercise exercise = DEMO.exercises().get(0);
        Scenario.TrainingArea area = DEMO.trainingAreas().get(0);
        List<String> companies = DEMO.companies().stream().limit(3).map(Scenario.Company::id).sorted().toList();
        LocalDate start = exercise.earliestStart();
        PlannedExercise row = new PlannedExercise(exercise.id(), start, start.plusDays(exercise.durationDays() - 1),
                area.id(), companies);
        long id = calendars.saveDraft("Spring draft", new CalendarPlan(DEMO.name(), "0hard/-120soft", true,
                List.of(row), List.of(), List.of(), List.of()), Set.of(exercise.id()), Set.of());

        CalendarVersion saved = calendars.load(id).orElseThrow();
        assertThat(saved.published()).isFalse();
        assertThat(saved.exercises()).containsExactly(row);
        assertThat(saved.pins()).extracting(pin -> pin.exercise() + " " + pin.start() + " " + pin.trainingArea())
                .containsExactly(exercise.id() + " " + start + " null");
    }

    /**
     * Growth phases (V29) hold their posts and companies by reference: the exporter names them by their codes as they
     * are now and gives their posts their first period, so a renamed post stays in its phase; each save is in the
     * audit trail under the planner's name, and a save from a stale copy of the set is refused.
     */
    @Test
    void growthPhasesKeepTheirMembersByReferenceAreAuditedAndRefuseAStaleSave() {
        SignedInAs.user("j5-planner", Role.PLANNER, null);
        PhaseSet before = growth.phaseSet();
        PhaseChoices choices = growth.choices().orElseThrow();
        PhaseSet.Phase phase = new PhaseSet.Phase(null, "Reinforced battalion", 2, List.of("Signal"),
                members(choices.posts(), "J9-CH", "J8-CH"), members(choices.companies(), "KGZ-1"));
        Post renamed = staffing.findPost("J8-CH").orElseThrow();
        try {
            growth.savePhases(new PhaseSet(before.version(), List.of(phase)));
            renamed.setCode("J8-CHIEF");
            renamed = staffing.save(renamed);
            Scenario exported = exporter.export();

            assertThat(exported.growth().phases()).containsExactly(new Growth.Phase("Reinforced battalion", 2,
                    List.of("Signal"), List.of("J8-CHIEF", "J9-CH"), List.of("KGZ-1")));
            assertThat(exported.posts()).filteredOn(post -> post.id().equals("SIG-CH") || post.id().equals("J8-CHIEF"))
                    .hasSize(2).allSatisfy(post -> assertThat(post.activeFrom()).isEqualTo(2));
            assertThat(exported.growth().fundingShares()).as("V25, from the demo").hasSize(7);
            assertThat(exported.growth().garrisons()).as("V26, from the demo").isNotEmpty()
                    .allSatisfy(garrison -> assertThat(garrison.capacity()).isNotEmpty());

            assertThatThrownBy(() -> growth.savePhases(new PhaseSet(before.version(), List.of())))
                    .isInstanceOf(EditConflictException.class);
            assertThat(growth.phaseSet().phases()).hasSize(1);
            assertThat(trail.find(new AuditFilter(AuditedKind.GROWTH_PHASE, "j5-planner", null, null)))
                    .singleElement().satisfies(change -> {
                        assertThat(change.record()).isEqualTo("Reinforced battalion");
                        assertThat(change.action()).isEqualTo("created");
                        assertThat(change.what()).contains("First period: 2028-H1", "Signal", "J8-CHIEF, J9-CH", "KGZ-1");
                    });
        } finally {
            renamed.setCode("J8-CH");
            staffing.save(renamed);
            growth.savePhases(new PhaseSet(growth.phaseSet().version(), List.of()));
        }
        assertThat(trail.find(new AuditFilter(AuditedKind.GROWTH_PHASE, "j5-planner", null, null)))
                .extracting(Change::action).containsExactly("deleted", "created");
    }

    private static List<PhaseSet.Member> members(List<PhaseSet.Member> choices, String... codes) {
        return Arrays.stream(codes).map(code -> choices.stream().filter(member -> member.code().equals(code))
                .findFirst().orElseThrow()).toList();
    }

    /**
     * V29 moves the V24 phases' members from codes to references: a schema migrated to the version before with phases stored by
     * code, migrated on, holds the same phases with their posts and companies by id; a code that named nothing any
     * more (a member the old tables had already lost) is gone.
     */
    @Test
    void v29TurnsTheStoredMembersCodesIntoReferences() {
        String schema = "v29_members";
        jdbc.execute("drop schema if exists \"" + schema + "\" cascade");
        try {
            MigrationVersion v29 = MigrationVersion.fromVersion("29");
            migrate(schema, Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                    .filter(version -> version.compareTo(v29) < 0).max(Comparable::compareTo).orElseThrow());
            String in = "\"" + schema + "\".";
            jdbc.update("insert into " + in + "nation (version, code, name, role, equipment_standard, tour_periods,"
                    + " max_consecutive_periods, staff_share) values (0, 'KGZ', 'Kyrgyzstan', 'REGIONAL', 'RUS', 2, 2, 0)");
            jdbc.update("insert into " + in + "post (version, code, title, section, display_order, rank_min, rank_max,"
                    + " english_min, sourcing_rule, max_nation_consecutive) values"
                    + " (0, 'J2-CH', 'Chief J2', 'J2 Intelligence', 0, 'OF_4', 'OF_5', 3, 'ANY', 2)");
            jdbc.update("insert into " + in + "company (version, code, name, nation_id, company_type, strength,"
                    + " home_base, home_lat, home_lon) select 0, 'KGZ-1', 'Kyrgyz company', id, 'INFANTRY', 120,"
                    + " 'Bishkek', 42.87, 74.59 from " + in + "nation");
            jdbc.update("insert into " + in + "growth_phase (name, first_period, position) values ('Brigade', 3, 0)");
            jdbc.update("insert into " + in + "growth_phase_member (phase_name, kind, code, position) values"
                    + " ('Brigade', 'SECTION', 'J2 Intelligence', 0), ('Brigade', 'POST', 'GONE-1', 0),"
                    + " ('Brigade', 'POST', 'J2-CH', 1), ('Brigade', 'COMPANY', 'KGZ-1', 0)");

            migrate(schema, MigrationVersion.LATEST);

            assertThat(jdbc.queryForList("select name, first_period, version from " + in + "growth_phase"))
                    .singleElement().satisfies(row -> assertThat(List.copyOf(row.values())).map(String::valueOf)
                            .containsExactly("Brigade", "3", "0"));
            assertThat(jdbc.queryForList("select section from " + in + "growth_phase_section", String.class))
                    .containsExactly("J2 Intelligence");
            assertThat(jdbc.queryForList("select o.code from " + in + "growth_phase_post m join " + in
                    + "post o on o.id = m.post_id", String.class)).containsExactly("J2-CH");
            assertThat(jdbc.queryForList("select c.code from " + in + "growth_phase_company m join " + in
                    + "company c on c.id = m.company_id", String.class)).containsExactly("KGZ-1");
            assertThat(jdbc.queryForObject("select count(*) from " + in + "growth_schedule", Integer.class)).isOne();
        } finally {
            jdbc.execute("drop schema if exists \"" + schema + "\" cascade");
        }
    }

    private void migrate(String schema, MigrationVersion target) {
        Flyway.configure().configuration(flyway.getConfiguration()).locations("classpath:db/migration")
                .schemas(schema).defaultSchema(schema).createSchemas(true).target(target).load().migrate();
    }

    @Test
    void aScenarioUploadedIntoADataSetLivesInASchemaOfItsOwn() {
        SignedInAs.planner();
        String demoFile = ScenarioFiles.write(exporter.export());
        int demoPeople = staffing.findAllPeople().size();

        DataSet created = dataSets.importScenario("What-if " + getClass().getSimpleName(), demoFile).created()
                .orElseThrow();
        DataSetContext.runIn(created.key(), () -> staffing.delete(staffing.findAllPeople().getFirst()));

        assertThat(DataSetContext.callIn(created.key(), () -> staffing.findAllPeople().size())).isEqualTo(demoPeople - 1);
        assertThat(staffing.findAllPeople()).hasSize(demoPeople);
        assertThat(ScenarioFiles.write(exporter.export())).isEqualTo(demoFile);
        assertThat(dataSets.all()).extracting(DataSet::key).contains(DataSetContext.DEFAULT, created.key());
    }

    /**
     * A scenario's language courses and the planners' decisions on their places (pinned course seats) are stored
     * with an upload and exported back as they came; a course keeps its audit trail and refuses a stale decision.
     */
    @Test
    void languageCoursesAndTheDecisionsOnTheirPlacesAreStoredExportedAndAudited() {
        SignedInAs.planner();
        List<Scenario.Person> kazakhs = DEMO.personnel().stream().filter(person -> person.nation().equals("KAZ"))
                .limit(3).toList();
        LocalDate start = DEMO.horizon().start();
        Scenario.LanguageCourse spring = new Scenario.LanguageCourse("ENG-TEST-A", "English 2 to 3", start,
                start.plusWeeks(16), 2, 2, 3, List.of("KAZ"));
        Scenario.LanguageCourse open = new Scenario.LanguageCourse("ENG-TEST-B", "English 1 to 2", start.plusMonths(1),
                start.plusMonths(3), 10, 1, 2, null);
        List<Scenario.PinnedSeat> decisions = List.of(new Scenario.PinnedSeat("ENG-TEST-A", kazakhs.get(0).id(), true),
                new Scenario.PinnedSeat("ENG-TEST-A", kazakhs.get(1).id(), false));
        Scenario withCourses = DEMO.withLanguageCourses(List.of(spring, open));
        withCourses = new Scenario(withCourses.format(), withCourses.name(), withCourses.horizon(),
                withCourses.nations(), withCourses.posts(), withCourses.personnel(), withCourses.equipmentTypes(),
                withCourses.companies(), withCourses.trainingAreas(), withCourses.exercises(), withCourses.blackouts(),
                withCourses.pinned().withCourseSeats(decisions), withCourses.languageCourses());

        DataSet created = dataSets.importScenario("Courses " + getClass().getSimpleName(),
                ScenarioFiles.write(withCourses)).created().orElseThrow();
        Scenario exported = DataSetContext.callIn(created.key(), exporter::export);
        assertThat(exported.languageCourses()).containsExactly(spring, open);
        assertThat(exported.pinned().courseSeats()).containsExactlyInAnyOrderElementsOf(decisions);

        LanguageCourse course = courses.save(new LanguageCourse("ENG-TEST-C", "English 3 to 4", start,
                start.plusWeeks(8), 4, 3, 4, Set.of(nations.findByCode("KAZ").orElseThrow())));
        LanguageCourse stale = courses.find("ENG-TEST-C").orElseThrow();
        courses.decide(course, kazakhs.get(2).id(), true);
        assertThatThrownBy(() -> courses.decide(stale, kazakhs.get(2).id(), false))
                .isInstanceOf(EditConflictException.class);
        assertThat(courses.find("ENG-TEST-C").orElseThrow().decisionOn(kazakhs.get(2).id())).contains(true);
        assertThatThrownBy(() -> nations.delete(nations.findByCode("KAZ").orElseThrow()))
                .hasMessageContaining("ENG-TEST-C");
        assertThat(trail.find(new AuditFilter(AuditedKind.LANGUAGE_COURSE, "planner", null, null)))
                .filteredOn(change -> change.record().equals("ENG-TEST-C") && change.action().equals("changed"))
                .singleElement().extracting(Change::what).asString()
                .contains(kazakhs.get(2).id() + " attends");
        courses.delete(courses.find("ENG-TEST-C").orElseThrow());
        assertThat(courses.findAll()).isEmpty();
    }

    /**
     * Garrisons (V28) are edited as records: a new one is stored with its capacity steps in period order and exported
     * after the demo's, a stale save is a conflict, a change of places and a delete are in the audit trail.
     */
    @Test
    void garrisonsAreStoredExportedRefuseAStaleSaveAndAreAudited() {
        SignedInAs.planner();
        Garrison added = housing.save(new Garrison("TEST-BKS", "Sary-Shagan barracks", GarrisonKind.BARRACKS,
                nations.findByCode("KAZ").orElseThrow(), 90_000, List.of(new CapacityStep(3, 250),
                new CapacityStep(0, 150))));
        assertThat(exporter.export().growth().garrisons()).last().isEqualTo(new Growth.Garrison("TEST-BKS",
                "Sary-Shagan barracks", "BARRACKS", "KAZ", 90_000, List.of(new Growth.Capacity(0, 150),
                new Growth.Capacity(3, 250))));

        Garrison stale = housing.find("TEST-BKS").orElseThrow();
        added.setCapacity(List.of(new CapacityStep(0, 150), new CapacityStep(3, 300)));
        housing.save(added);
        stale.setName("Saved from a stale copy");
        assertThatThrownBy(() -> housing.save(stale)).isInstanceOf(EditConflictException.class);

        housing.delete(housing.find("TEST-BKS").orElseThrow());
        assertThat(housing.find("TEST-BKS")).isEmpty();
        List<Change> changes = trail.find(new AuditFilter(AuditedKind.GARRISON, "planner", null, null)).stream()
                .filter(change -> change.record().equals("TEST-BKS")).toList();
        assertThat(changes).extracting(Change::action).containsExactlyInAnyOrder("created", "changed", "deleted");
        assertThat(changes).filteredOn(change -> change.action().equals("changed")).singleElement()
                .extracting(Change::what).asString().contains("2028-H2 → 250", "2028-H2 → 300");
    }

    /**
     * V27 moves a data set's cost model and agreed shares of V25 (plain rows) into the versioned records: the same
     * figures, ranks written as the other records write them, each record at its first version.
     */
    @Test
    void theCostModelAndSharesOfV25MoveIntoVersionedRecords() {
        String schema = "v27_check";
        Flyway upTo26 = Flyway.configure().configuration(flyway.getConfiguration())
                .locations("classpath:db/migration").schemas(schema).defaultSchema(schema).createSchemas(true)
                .target("26").load();
        try {
            upTo26.migrate();
            String in = "\"" + schema + "\".";
            jdbc.update("insert into " + in + "cost_model (id, currency, company_exercise_day, exercise_hosted,"
                    + " travel_per_km, housing_place_month) values (1, 'EUR', 4000, 250000, 15, 600)");
            jdbc.update("insert into " + in + "cost_model_staff (position, rank_min, rank_max, person_period)"
                    + " values (0, 'OF-5', 'OF-9', 90000), (1, 'OR-5', 'OF-4', 40000)");
            jdbc.update("insert into " + in + "funding_share (nation_code, share) values ('KAZ', 0.6), ('USA', 0.4)");

            Flyway.configure().configuration(upTo26.getConfiguration()).target("latest").load().migrate();

            assertThat(jdbc.queryForList("select version, currency, company_exercise_day, housing_place_month from "
                    + in + "cost_model")).singleElement().satisfies(row -> assertThat(List.copyOf(row.values()))
                    .extracting(Object::toString).containsExactly("0", "EUR", "4000.0", "600.0"));
            assertThat(jdbc.queryForList("select concat(rank_min, ' ', rank_max, ' ', cast(person_period as integer))"
                    + " from " + in + "cost_model_staff order by position", String.class))
                    .containsExactly("OF_5 OF_9 90000", "OR_5 OF_4 40000");
            assertThat(jdbc.queryForObject("select count(*) from " + in + "funding_agreement", Integer.class)).isOne();
            assertThat(jdbc.queryForList("select concat(nation_code, ' ', share) from " + in + "funding_share"
                    + " order by nation_code", String.class)).containsExactly("KAZ 0.6", "USA 0.4");
        } finally {
            jdbc.execute("drop schema if exists \"" + schema + "\" cascade");
        }
    }

    /** The cost model and the agreed shares (V27) refuse a stale save, and the audit trail names who changed them. */
    @Test
    void theCostModelAndTheSharesRefuseAStaleSaveAndKeepAnAuditTrail() {
        SignedInAs.user("j8-officer", Role.PLANNER, null);
        CostModel mine = burden.costModel().orElseThrow();
        CostModel theirs = burden.costModel().orElseThrow();
        Growth.CostModel demoModel = theirs.figures();
        FundingAgreement agreement = burden.agreement();
        List<Growth.FundingShare> demoShares = agreement.figures();
        try {
            theirs.setCompanyExerciseDay(4_500.0);
            theirs.setStaff(List.of(new StaffBand(Rank.OF_5, Rank.OF_9, 95_000.0)));
            burden.save(theirs);
            mine.setTravelPerKm(20.0);
            assertThatThrownBy(() -> burden.save(mine)).isInstanceOf(EditConflictException.class);
            assertThat(burden.costModel().orElseThrow().figures().travelPerKm()).isEqualTo(15.0);
            agreement.setFigures(List.of(new Growth.FundingShare("KAZ", 0.75), new Growth.FundingShare("USA", 0.25)));
            burden.save(agreement);

            assertThat(trail.find(new AuditFilter(AuditedKind.COST_MODEL, "j8-officer", null, null))).singleElement()
                    .satisfies(change -> {
                        assertThat(change.record()).isEqualTo("EUR");
                        assertThat(change.action()).isEqualTo("changed");
                        assertThat(change.what()).contains("Per company-day in an exercise: 4000.0 → 4500.0")
                                .contains("OF-5–OF-9: 95000.00");
                    });
            assertThat(trail.find(new AuditFilter(AuditedKind.FUNDING_AGREEMENT, "j8-officer", null, null)))
                    .singleElement().extracting(Change::what).asString()
                    .contains("Agreed funding shares:").contains("→ KAZ 75.00 %, USA 25.00 %");
        } finally {
            SignedInAs.planner();
            CostModel model = burden.costModel().orElseThrow();
            model.setFigures(demoModel);
            burden.save(model);
            FundingAgreement shares = burden.agreement();
            shares.setFigures(demoShares);
            burden.save(shares);
        }
    }
}
