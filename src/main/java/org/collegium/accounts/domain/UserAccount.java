package org.collegium.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.collegium.base.domain.AuditedEntity;

/** A login: email, password hash, roles, and the stamp its sessions carry. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100) // a page of accounts loads its roles in one query, not one each
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /**
     * Moves on whenever the account's sessions must end (password, roles, disabled). A column checked on every
     * request rather than Spring's in-memory SessionRegistry: it holds across instances sharing the database and
     * across restarts, and needs no session bookkeeping.
     */
    @Column(nullable = false)
    private long securityStamp;

    private Instant lastLoginAt;

    /** For an affiliate administrator: the affiliate they run (plain id: accounts do not depend on affiliates). */
    private Long affiliateId;

    /** The member record this login belongs to, if any. */
    private Long memberId;

    /** The language chosen ("en", "es"); null: not chosen, the browser's is used. */
    private String language;

    /** The time zone chosen for showing times; null: the society's. */
    private String timeZone;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Set<Role> roles) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
    }

    public void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    /** Ends every open session of this account on its next request. */
    public void endSessions() {
        securityStamp++;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Long getAffiliateId() {
        return affiliateId;
    }

    public void setAffiliateId(Long affiliateId) {
        this.affiliateId = affiliateId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }
}
