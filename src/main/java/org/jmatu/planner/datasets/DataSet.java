package org.jmatu.planner.datasets;

import java.time.Instant;
import org.jmatu.planner.shared.I18n;

/**
 * A named set of planning data.
 *
 * @param key          the slug that names it in addresses and in the session, e.g. "brigade-what-if-2028"
 * @param name         what staff officers call it, e.g. "Brigade what-if 2028"
 * @param scenarioName the name inside the scenario file it was made from (kept as in the file)
 * @param createdBy    who uploaded it ("system" for the demo unit)
 * @param createdAt    when; null for the demo unit, which was there from the start
 */
public record DataSet(String key, String name, String scenarioName, String createdBy, Instant createdAt) {

    /** The name in the reader's language: the product named the demo unit, so it has a name in each language. */
    public String shownName() {
        return key.equals(DataSetContext.DEFAULT) ? I18n.t("datasets.demo-name") : name;
    }
}
