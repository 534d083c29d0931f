/**
 * Checks a plan against the hard rules of docs/file-formats.md, written independently of the solvers' constraint
 * streams (plain Java over the file model), so that each verifies the other.
 */
package org.jmatu.planner.check;
