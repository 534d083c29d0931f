/**
 * Scenarios: the records of a {@link Scenario} and a {@link Plan} (this module's API), with the file format in
 * {@code file}, the demo generator in {@code generator} and the database loader and exporter in {@code database}.
 */
package org.jmatu.planner.scenario;
