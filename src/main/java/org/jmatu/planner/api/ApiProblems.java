package org.jmatu.planner.api;

import java.net.URI;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.PlannerUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem detail: a bad file with its whole validation report (each
 * problem's record, field and message), a refused role with the reason, the rest ({@link #notFound},
 * {@link #conflict}, Spring MVC's own errors such as a wrong content type) as the base class words them, and
 * anything unexpected as a 500 that says no more than that (the log has the cause).
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    static ErrorResponseException notFound(String detail) {
        return error(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    /**
     * A 404 that names {@code instance} rather than the address asked for, so that the answer is the same
     * whichever key or code was tried: for what does not exist and what is not the caller's alike.
     */
    static ErrorResponseException noSuch(String detail, String instance) {
        ErrorResponseException error = notFound(detail);
        error.getBody().setInstance(URI.create(instance));
        return error;
    }

    static ErrorResponseException conflict(String detail) {
        return error(HttpStatus.CONFLICT, "Not now", detail);
    }

    private static ErrorResponseException error(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }

    @ExceptionHandler
    ProblemDetail badFile(BadFileException bad) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, bad.getMessage());
        problem.setTitle("The file has problems");
        problem.setProperty("problems", bad.report().problems());
        problem.setProperty("omitted", bad.report().omitted());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(FileTooLargeException tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
        problem.setTitle("The file is too large");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException denied) {
        // Method security's own refusal says only "Access Denied"; a service's refusal gives its reason.
        String detail = denied instanceof AuthorizationDeniedException
                ? "The role " + CurrentUser.get().map(PlannerUser::role).map(Enum::name).orElse("you have")
                        + " may not do this."
                : denied.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Not allowed");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException failure) {
        LOG.error("An API call failed", failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server."
                        + " The server's log has the cause.");
        problem.setTitle("Server error");
        return problem;
    }
}
