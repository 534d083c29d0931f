/**
 * Named data sets: besides the live unit (the demo data set, the database's default schema), each scenario a
 * planner uploads becomes a data set of its own in a schema of its own, so what-if work never touches the
 * live data. {@link org.jmatu.planner.datasets.DataSetContext} says which data set the current thread works
 * in; every database connection the application takes is switched to that data set's schema.
 */
package org.jmatu.planner.datasets;
