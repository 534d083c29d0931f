/**
 * The scenario and plan file format: reading with validation ({@link ScenarioFiles}, {@link PlanFiles}),
 * writing, and the report of what is wrong with a file. Other modules use it through this named interface.
 */
@NamedInterface("file")
package org.jmatu.planner.scenario.file;

import org.springframework.modulith.NamedInterface;
