package org.jmatu.planner.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API tests share one application on a random port, with the demo unit and the demo accounts in its own
 * in-memory database, and a short solve budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.test.context=api", "planner.api.solve-budget=4s"})
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
