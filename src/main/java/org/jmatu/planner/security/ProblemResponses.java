package org.jmatu.planner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The problem details (RFC 9457) written before Spring MVC answers (sign-in needed, too many attempts, oversized
 * headers): title and detail in the language of the request's {@code Accept-Language} (English without it), the
 * status as it is.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The language the client asks for. */
    public static Language language(HttpServletRequest request) {
        return Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Writes the problem with the title and detail of these bundle keys. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                             String detailKey, Object... detailArgs) throws IOException {
        Language language = language(request);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":\"" + json(I18n.translate(language.locale(), titleKey))
                + "\",\"status\":" + status + ",\"detail\":\""
                + json(I18n.translate(language.locale(), detailKey, detailArgs)) + "\"}");
    }

    /** A text as the inside of a JSON string. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
