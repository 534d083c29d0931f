package org.jmatu.planner.security;

import java.util.Arrays;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test starts signed in as a planner and ends signed out. Auto-registered (junit-platform.properties),
 * so the service and view tests that predate sign-in keep testing what they test; a test that is about
 * roles signs in as someone else with {@link SignedInAs}.
 *
 * <p>Each Spring context has its own Vaadin-aware security context holder (with its own thread local), and
 * its method security reads that one; so for a Spring test the user goes into the holder of the test's
 * own context, not only the global one that the most recently started context installed.
 */
public class SignedInAsPlanner implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SignedInAs.strategy = isSpringTest(context.getRequiredTestClass())
                ? SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                        .getIfAvailable()
                : null;
        SignedInAs.planner();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SignedInAs.nobody();
        SignedInAs.strategy = null;
    }

    private static boolean isSpringTest(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            boolean spring = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                    .stream(ExtendWith.class)
                    .anyMatch(extend -> Arrays.asList(extend.getClassArray("value")).contains(SpringExtension.class));
            if (spring) {
                return true;
            }
        }
        return false;
    }
}
