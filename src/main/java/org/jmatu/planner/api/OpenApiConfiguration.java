package org.jmatu.planner.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The OpenAPI document's heading (with the licence of {@code planner.api.licence}), its one security scheme,
 * HTTP Basic, which every operation needs, and the problem detail schema of every error ({@link ApiDocsCustomizer}
 * adds roles, the data set header and the errors to each operation); its address and the API's other settings
 * are in {@code api.properties}.
 */
@Configuration
@PropertySource("classpath:api.properties")
class OpenApiConfiguration {

    private static final String BASIC = "basic";

    @Bean
    OpenAPI plannerApi(@Value("${planner.api.licence}") String licence,
                       @Value("${planner.api.licence-identifier}") String licenceIdentifier) {
        return new OpenAPI()
                .info(new Info().title("JMATU staff planner API").version("1")
                        .description("The planner's operations for other systems and scripts: scenario and plan files"
                                + " (docs/file-formats.md), background solves, the plan checker and the calendar feeds."
                                + " Sign in"
                                + " with HTTP Basic as a planner, commander or liaison officer; errors are RFC 9457"
                                + " problem details.")
                        .license(new License().name(licence).identifier(licenceIdentifier)))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The user name and password of a planner account"))
                        .addSchemas(ApiDocsCustomizer.PROBLEM_SCHEMA, ApiDocsCustomizer.problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
