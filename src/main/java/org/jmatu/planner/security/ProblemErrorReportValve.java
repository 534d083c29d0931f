package org.jmatu.planner.security;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jmatu.planner.shared.I18n;

/**
 * Tomcat's last word on an error no part of the application answered, such as a request whose headers are
 * over Tomcat's own limit and so never reach a filter: an RFC 9457 problem detail, like every other error of
 * the app, instead of Tomcat's HTML page with its name and version. Public with no arguments: Tomcat makes it
 * from its class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                Locale language = ProblemResponses.language(request).locale();
                writer.write("{\"title\":\"" + I18n.translate(language, status == 400 ? "problem.bad-request.title"
                        : "problem.refused.title") + "\",\"status\":" + status + ",\"detail\":\""
                        + I18n.translate(language, "problem.unreadable.detail",
                        String.valueOf(RequestHeaderLimit.MAX_HEADER_CHARS)) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client has gone or the response was taken over meanwhile: nothing left to tell
        }
    }
}
