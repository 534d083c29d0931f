/**
 * The demo generator: a proposed unit at a {@link Scale}, drawn deterministically from a seed by
 * {@link ScenarioGenerator} with the help of one generator per part (forces, establishment, nominees,
 * exercise programme, names).
 */
@NamedInterface("generator")
package org.jmatu.planner.scenario.generator;

import org.springframework.modulith.NamedInterface;
