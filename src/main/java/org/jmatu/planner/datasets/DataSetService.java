package org.jmatu.planner.datasets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioLoader;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.NationService;
import org.springframework.stereotype.Service;

/**
 * The data sets: the demo unit (the live data, never changed by an upload) and one per uploaded scenario
 * file. An upload either creates the whole data set or, with a report of every problem, nothing at all.
 */
@Service
public class DataSetService {

    static final String DEMO_NAME = "Demo unit";

    private final DataSetRegistry registry;
    private final DataSetSchemas schemas;
    private final ScenarioLoader loader;
    private final NationService nations;
    private final Clock clock;

    DataSetService(DataSetRegistry registry, DataSetSchemas schemas, ScenarioLoader loader, NationService nations,
                   Clock clock) {
        this.registry = registry;
        this.schemas = schemas;
        this.loader = loader;
        this.nations = nations;
        this.clock = clock;
    }

    /** Every data set, the demo unit first, then the uploads from the oldest. */
    public List<DataSet> all() {
        return Stream.concat(Stream.of(demo()), registry.all().stream()).toList();
    }

    public Optional<DataSet> find(String key) {
        return DataSetContext.DEFAULT.equals(key) ? Optional.of(demo()) : registry.find(key);
    }

    /**
     * Makes a new data set named {@code name} from a scenario file. A bad file or name gives the report and
     * stores nothing; so does a record that breaks its own rules when stored (reported the same way), and a
     * failure while storing leaves nothing behind either (the new schema is dropped).
     * Uploads run one at a time, so that two with the same name cannot both pass the check.
     */
    @RolesAllowed("PLANNER")
    public synchronized ScenarioImport importScenario(String name, String scenarioFileText) {
        List<ValidationReport.Problem> problems = new ArrayList<>(DataSetNames.problems(name, all()));
        ReadResult<Scenario> read = ScenarioFiles.read(scenarioFileText == null ? "" : scenarioFileText);
        problems.addAll(read.report().problems());
        if (!problems.isEmpty()) {
            return new ScenarioImport(Optional.empty(), new ValidationReport(problems, read.report().omitted()));
        }
        Scenario scenario = read.value();
        // to the millisecond, as every database stores it: the data set returned is the one listed from now on
        DataSet dataSet = new DataSet(DataSetNames.key(name), name.trim(), scenario.name(), CurrentUser.username(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        String schema = DataSetContext.schemaOf(dataSet.key()).orElseThrow();
        // a schema without an entry in the registry is what an interrupted upload left: it holds nothing anyone uses
        schemas.drop(schema);
        try {
            schemas.create(schema);
            DataSetContext.runIn(dataSet.key(), () -> loader.load(scenario));
            registry.add(dataSet);
        } catch (ConstraintViolationException refused) {
            schemas.drop(schema);
            return new ScenarioImport(Optional.empty(), EntityRuleProblems.of(refused));
        } catch (RuntimeException failure) {
            schemas.drop(schema);
            throw failure;
        }
        return new ScenarioImport(Optional.of(dataSet), new ValidationReport(List.of(), 0));
    }

    /** Makes {@code key} the data set of the signed-in user's web session. Liaison officers keep the live unit. */
    @RolesAllowed({"PLANNER", "COMMANDER"})
    public void switchTo(String key) {
        DataSet dataSet = find(key).orElseThrow(() -> new IllegalArgumentException("there is no data set " + key));
        SessionDataSet.choose(dataSet.key());
    }

    private DataSet demo() {
        String scenarioName = DataSetContext.callIn(DataSetContext.DEFAULT,
                () -> nations.horizon().map(Horizon::getName).orElse(""));
        return new DataSet(DataSetContext.DEFAULT, DEMO_NAME, scenarioName, "system", null);
    }
}
