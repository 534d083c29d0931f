package org.jmatu.planner.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.shared.VersionedEntity;

/** A person who signs in. The password is kept only as a DelegatingPasswordEncoder hash ({@code {bcrypt}...}). */
@Entity
public class Account extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9.-]{1,39}", message = "{account.username.pattern}")
    @Column(unique = true)
    private String username;

    @NotBlank
    @Size(max = 100)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    /** The nation a liaison officer speaks for; empty for the other roles. */
    @Size(max = 3)
    private String nationCode;

    private boolean enabled = true;

    /** Where notifications also go by e-mail; optional. */
    @Email
    @Size(max = 254)
    private String email;

    /** The interface language, chosen in the header; starts as the nation's ({@link Language#forNation}). */
    @NotNull
    @Enumerated(EnumType.STRING)
    private Language language = Language.EN;

    protected Account() {
    }

    Account(String username, String passwordHash, Role role, String nationCode) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.nationCode = nationCode;
        this.language = Language.forNation(nationCode);
    }

    public String getUsername() { return username; }
    public Role getRole() { return role; }
    public String getNationCode() { return nationCode; }
    public boolean isEnabled() { return enabled; }
    public Language getLanguage() { return language; }
    public String getEmail() { return email; }
    void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.strip(); }
    void setLanguage(Language language) { this.language = language; }
    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
}
