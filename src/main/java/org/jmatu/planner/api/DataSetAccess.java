package org.jmatu.planner.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a call in a data set that does not exist, or in another data set than the live demo unit by a liaison
 * officer, before the operation runs, with one and the same 404: a caller cannot tell a key that is taken from
 * one that is not, so data set keys cannot be found out by trying them.
 */
class DataSetAccess implements HandlerInterceptor {

    static final String NO_SUCH_DATA_SET = "no-such-data-set";

    private final DataSetService dataSets;

    DataSetAccess(DataSetService dataSets) {
        this.dataSets = dataSets;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String key = DataSetHeader.requested(request);
        if (DataSetContext.DEFAULT.equals(key)) {
            return true;
        }
        if (CurrentUser.hasRole(Role.LIAISON) || dataSets.find(key).isEmpty()) {
            throw ApiProblems.noSuch(NO_SUCH_DATA_SET, "/api/data-sets");
        }
        return true;
    }
}
