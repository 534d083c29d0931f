package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** An outage of the database is not a wrong password: 503 with a problem detail, not 401. */
class DatabaseAwayTest {

    @Test
    void aSignInThatCouldNotReachTheDatabaseIsA503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ApiSecurityConfiguration.signInFirst().commence(new MockHttpServletRequest(), response,
                new InternalAuthenticationServiceException("no connection",
                        new DataAccessResourceFailureException("Connection is not available, request timed out")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("The database cannot be reached");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
    }

    @Test
    void aWrongPasswordStaysA401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ApiSecurityConfiguration.signInFirst().commence(new MockHttpServletRequest(), response,
                new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=");
    }
}
