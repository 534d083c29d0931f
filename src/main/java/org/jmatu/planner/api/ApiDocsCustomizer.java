package org.jmatu.planner.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of the OpenAPI document says besides its own annotations, taken from the code so that it
 * cannot drift: the roles that may call it (from its {@code @RolesAllowed}, as the {@code x-roles} extension and in
 * words), the {@code X-Data-Set} header, and the errors every call can meet (401, 403, 429), with every error
 * answer, documented here or on the operation, as an RFC 9457 problem detail.
 */
@Component
class ApiDocsCustomizer implements OperationCustomizer {

    static final String ROLES_EXTENSION = "x-roles";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> EVERY_CALL_MAY_GET = Map.of(
            "401", "Sign-in needed: no or wrong credentials (with a WWW-Authenticate: Basic challenge)",
            "403", "The signed-in role may not call this operation",
            "429", "Too many failed sign-ins for this account or address: wait as Retry-After says");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<String> roles = rolesOf(handler);
        operation.addExtension(ROLES_EXTENSION, roles);
        operation.setDescription(Optional.ofNullable(operation.getDescription()).map(text -> text + "\n\n").orElse("")
                + "Roles: " + String.join(", ", roles) + ".");
        operation.addParametersItem(new HeaderParameter().name(DataSetHeader.NAME).required(false)
                .description("The data set to work in (its key, e.g. what-if-1); the live unit without it."
                        + " Liaison officers work in the live unit only.")
                .schema(new StringSchema().maxLength(60)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        EVERY_CALL_MAY_GET.forEach((status, description) -> responses.computeIfAbsent(status,
                missing -> new ApiResponse().description(description)));
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    /** The roles of the operation's {@code @RolesAllowed}, on the method or else on its class. */
    static List<String> rolesOf(HandlerMethod handler) {
        RolesAllowed allowed = Optional.ofNullable(
                        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RolesAllowed.class))
                .orElseGet(() -> AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RolesAllowed.class));
        return allowed == null ? List.of() : Arrays.stream(allowed.value()).sorted().toList();
    }

    /** The problem detail every error answer is (RFC 9457), with the validation report of a refused file. */
    @SuppressWarnings("rawtypes")
    static Schema problemSchema() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; a refused file's answer (422) lists every problem");
        problem.addProperty("title", new StringSchema().description("What went wrong, in a few words"));
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("What went wrong and what to do, in words"));
        problem.addProperty("instance", new StringSchema());
        ObjectSchema line = new ObjectSchema();
        line.addProperty("record", new StringSchema().description("e.g. personnel[0] (KAZ-0001)"));
        line.addProperty("field", new StringSchema().description("e.g. nation"));
        line.addProperty("message", new StringSchema().description("e.g. 'XXX' is not a listed nation"));
        problem.addProperty("problems", new ArraySchema().items(line));
        problem.addProperty("omitted", new IntegerSchema().description("Problems beyond the first 500, not listed"));
        return problem;
    }
}
