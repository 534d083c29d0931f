package org.jmatu.planner.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.jmatu.planner.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Every page but the login view needs a signed-in user; views say which roles may open them
 * ({@code @RolesAllowed}), and the services check again ({@code @RolesAllowed} on their mutating methods),
 * so a hidden button is never the only guard. CSRF protection covers every request, the login form's POST
 * included, but Vaadin's own internal requests, which carry Vaadin's token; repeated failed sign-ins are slowed
 * down and locked ({@link SignInThrottle}); anonymous sessions are short-lived ({@link AnonymousSessionTimeout}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        // before the CSRF check, so that a blocked account is told to wait whether or not the form had its token
        http.addFilterBefore(new SignInThrottleFilter(throttle), CsrfFilter.class);
        http.headers(SecurityHeaders.with(SecurityHeaders.VIEWS_POLICY));
        http.addFilterAfter(new AnonymousSessionTimeout(), SecurityContextHolderFilter.class);
        // Vaadin's own CSRF set-up exempts the login form's POST (its web component sends no token, which
        // allows login CSRF); here only Vaadin's internal requests are exempt, as they carry Vaadin's own
        // token, and the login view puts the token into its form (LoginView).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * Publishes every sign-in's success or failure, from the form and HTTP Basic alike, as application events,
     * which the {@link SignInThrottle} counts. Declared here so that the shared authentication manager publishes
     * them too, not only each filter chain's own.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** Hashes new passwords with BCrypt and still reads hashes of any other id a later change may bring. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
