package org.jmatu.planner.api;

import java.net.URI;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.PlannerUser;
import org.jmatu.planner.security.ProblemResponses;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem detail: a bad file with its whole validation report (each
 * problem's record, field and message), a refused role with the reason, the rest ({@link #notFound},
 * {@link #conflict}, Spring MVC's own errors such as a wrong content type) as the base class words them, and
 * anything unexpected as a 500 that says no more than that (the log has the cause). Titles and details are in the
 * language of the request's {@code Accept-Language} (English without it; docs/api.md): each is a bundle key under
 * {@code problem.}; the status, {@code type} and the file report's lines stay as they are.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** A 404 whose detail is the bundle text {@code problem.<detailKey>}. */
    static ErrorResponseException notFound(String detailKey, Object... args) {
        return error(HttpStatus.NOT_FOUND, "not-found", detailKey, args);
    }

    /**
     * A 404 that names {@code instance} rather than the address asked for, so that the answer is the same
     * whichever key or code was tried: for what does not exist and what is not the caller's alike.
     */
    static ErrorResponseException noSuch(String detailKey, String instance) {
        ErrorResponseException error = notFound(detailKey);
        error.getBody().setInstance(URI.create(instance));
        return error;
    }

    static ErrorResponseException conflict(String detailKey, Object... args) {
        return error(HttpStatus.CONFLICT, "not-now", detailKey, args);
    }

    private static ErrorResponseException error(HttpStatus status, String title, String detailKey, Object... args) {
        return new ErrorResponseException(status, problem(status, title, detailKey, args), null);
    }

    /** The problem with title {@code problem.<title>.title} and detail {@code problem.<detailKey>}. */
    private static ProblemDetail problem(HttpStatus status, String title, String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, say(detailKey, args));
        problem.setTitle(say(title + ".title"));
        return problem;
    }

    /** The text in the language the request asks for. */
    private static String say(String key, Object... args) {
        Language language = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? ProblemResponses.language(request.getRequest()) : Language.EN;
        return I18n.translate(language.locale(), "problem." + key, args);
    }

    @ExceptionHandler
    ProblemDetail badFile(BadFileException bad) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-file", bad.detailKey(), bad.args());
        problem.setProperty("problems", bad.report().problems().stream()
                .map(line -> new ReportLine(line.record(), line.field(), line.message())).toList());
        problem.setProperty("omitted", bad.report().omitted());
        return problem;
    }

    /** A line of a file's report as the API gives it, in English whatever the request's language (docs/api.md). */
    private record ReportLine(String record, String field, String message) {
    }

    @ExceptionHandler
    ProblemDetail tooLarge(FileTooLargeException tooLarge) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "too-large.detail", tooLarge.limitMegabytes());
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException denied) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "not-allowed", "not-allowed.role",
                CurrentUser.get().map(PlannerUser::role).map(Enum::name).orElse("—"));
        // Method security's own refusal says only "Access Denied"; a service's refusal gives its reason, as it words it.
        if (!(denied instanceof AuthorizationDeniedException)) {
            problem.setDetail(denied.getMessage());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException failure) {
        LOG.error("An API call failed", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "server-error.detail");
    }
}
