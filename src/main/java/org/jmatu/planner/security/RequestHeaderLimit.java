package org.jmatu.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request with an oversized header with 431 and a problem detail, before anything reads it. Tomcat's
 * own limit is set higher ({@link HttpHardening}), so that the usual oversized header meets this answer rather
 * than Tomcat's; beyond Tomcat's limit {@link ProblemErrorReportValve} answers.
 */
class RequestHeaderLimit extends OncePerRequestFilter {

    static final int MAX_HEADER_CHARS = 8 * 1024;
    static final int MAX_TOTAL_CHARS = 16 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int total = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                int length = name.length() + value.length();
                total += length;
                if (length > MAX_HEADER_CHARS || total > MAX_TOTAL_CHARS) {
                    refuse(request, response, name);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String header)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value(),
                "problem.headers.title", "problem.headers.detail", String.valueOf(MAX_HEADER_CHARS),
                String.valueOf(MAX_TOTAL_CHARS), json(header));
    }

    /** A header's name as it may appear inside a JSON string: it comes from the client. */
    private static String json(String name) {
        return "'" + name.replaceAll("[^A-Za-z0-9-]", "?") + "'";
    }
}
