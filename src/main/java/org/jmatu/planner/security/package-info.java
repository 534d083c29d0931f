/**
 * Sign-in, accounts and who may do what: the roles, the liaison officer's nation, the demo accounts.
 * Other modules ask {@link org.jmatu.planner.security.CurrentUser} who is signed in and guard their
 * services with {@code @RolesAllowed} on the role names of {@link org.jmatu.planner.security.Role}.
 */
package org.jmatu.planner.security;
