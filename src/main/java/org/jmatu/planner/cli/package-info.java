/**
 * The command line in the application's jar: {@code generate} and {@code check} (and later {@code solve}) run
 * as plain Java without starting the web server or a Spring context. Documented in docs/cli.md.
 */
package org.jmatu.planner.cli;
