package org.jmatu.planner.datasets;

import java.util.Optional;
import org.jmatu.planner.scenario.file.ValidationReport;

/**
 * What an upload of a scenario gave: the new data set, or the report of every problem (with the file or with
 * the name chosen for it), in which case nothing was stored.
 */
public record ScenarioImport(Optional<DataSet> created, ValidationReport report) {
}
