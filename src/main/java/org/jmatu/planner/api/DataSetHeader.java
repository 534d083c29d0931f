package org.jmatu.planner.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jmatu.planner.datasets.DataSetContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the data set an API call names in its {@code X-Data-Set} header (the demo unit without one) for the
 * whole call, so every service and connection works in it. Whether the caller may use it, and whether it exists,
 * is {@link DataSetAccess}'s question, asked before any operation runs.
 */
class DataSetHeader extends OncePerRequestFilter {

    static final String NAME = "X-Data-Set";

    static String requested(HttpServletRequest request) {
        String key = request.getHeader(NAME);
        return key == null || key.isBlank() ? DataSetContext.DEFAULT : key.strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            DataSetContext.runIn(requested(request), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw (ServletException) e.getCause();
        }
    }

    /** Carries a servlet exception through {@link DataSetContext#runIn}, which takes no checked exceptions. */
    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
