/** The small kernel every module uses: nations and their policies, ranks, the horizon and its periods. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.jmatu.planner.shared;

import org.springframework.modulith.ApplicationModule;
