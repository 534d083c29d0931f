package org.jmatu.planner.audit;

import org.hibernate.envers.RevisionListener;
import org.jmatu.planner.security.CurrentUser;

/** Stamps each revision with the signed-in user ("system" for start-up work such as the demo data). */
class UsernameRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).setUsername(CurrentUser.username());
    }
}
