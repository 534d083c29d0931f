package org.jmatu.planner.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a call in a data set that does not exist (404), or in another data set than the live demo unit by a
 * liaison officer (403), before the operation runs; the errors are answered as the operations' own are.
 */
class DataSetAccess implements HandlerInterceptor {

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
        if (CurrentUser.hasRole(Role.LIAISON)) {
            throw new AccessDeniedException("A liaison officer works in the live unit only (data set '"
                    + DataSetContext.DEFAULT + "').");
        }
        if (dataSets.find(key).isEmpty()) {
            throw ApiProblems.notFound("There is no data set '" + key + "'.");
        }
        return true;
    }
}
