package org.jmatu.planner;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.jmatu.planner.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "JMATU Staff Planner", shortName = "JMATU")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // A command (generate, check, ...) runs as plain Java and exits: no web server, no Spring context.
        if (CommandLine.isCommand(args)) {
            CommandLine.quietLogging();
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
