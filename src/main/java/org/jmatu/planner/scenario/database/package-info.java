/**
 * Scenarios in and out of the database: {@link ScenarioLoader} replaces the stored data with a scenario,
 * {@link ScenarioExporter} reads it back as one, and the demo data loader fills an empty database on first start.
 */
@NamedInterface("database")
package org.jmatu.planner.scenario.database;

import org.springframework.modulith.NamedInterface;
