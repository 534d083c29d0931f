package org.jmatu.planner.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API tests share one application on a random port (so that Tomcat, the filter chains and Vaadin's servlet
 * take part), with the demo unit and the demo accounts in its own in-memory database and a short solve budget.
 * The tests' application.properties replaces the main one, so what the API relies on from it is repeated here:
 * no open-in-view (each data set's work takes its own connection). Vaadin runs in production mode, so that
 * starting the server does not build the front-end bundle, which no API test needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.test.context=api", "planner.api.solve-budget=4s", "spring.jpa.open-in-view=false",
                "vaadin.productionMode=true"})
abstract class ApiTestSupport {

    static final String PLANNER = "planner";
    static final String COMMANDER = "commander";
    static final String ADMIN = "admin";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    static String liaison(String nation) {
        return "liaison-" + nation.toLowerCase();
    }
}
