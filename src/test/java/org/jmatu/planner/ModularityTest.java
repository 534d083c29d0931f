package org.jmatu.planner;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature modules of STYLE.md reach each other only through their top-level API, and form no cycle. */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
