/**
 * The command line in the application's jar: {@code generate}, {@code solve} and {@code check} run
 * as plain Java without starting the web server or a Spring context. Documented in docs/cli.md.
 */
package org.jmatu.planner.cli;
