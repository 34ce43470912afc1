package org.collegium.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.collegium.affiliates.domain.Affiliate;

/** A request waiting for the board: someone asking to join, or a member asking to renew. */
@Entity
@Table(name = "membership_application")
public class MembershipApplication extends PersonProfile {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliate_id")
    private Affiliate affiliate;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_type_id")
    private MembershipType requestedType;
    private String message;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.PENDING;
    private String decisionNote;
    private Instant decidedAt;
    private String decidedBy;
    /** SHA-256 of the single-use email confirmation token while UNCONFIRMED; null otherwise. */
    private String confirmationTokenHash;
    private Instant confirmationExpiresAt;

    /** The language the application was written in ("en", "es"); null before languages existed. */
    private String language;

    protected MembershipApplication() {
    }

    public String getLanguage() {
        return language;
    }

    /** Notes the language the applicant used, for the emails that answer them later. */
    public void writtenIn(String languageTag) {
        this.language = languageTag;
    }

    /** A newcomer's request; the fields are already checked by the member rules. */
    public static MembershipApplication join(String firstName, String lastName, String email, String phone,
            String credentials, Discipline discipline, String licenceState, String licenceNumber, String practiceName,
            String city, String state, String postalCode, String country, Affiliate affiliate,
            MembershipType requestedType, String message) {
        MembershipApplication a = new MembershipApplication();
        a.kind = ApplicationKind.JOIN;
        a.setProfile(firstName, lastName, email, phone, credentials, discipline, licenceState, licenceNumber,
                practiceName, city, state, postalCode, country);
        a.affiliate = affiliate;
        a.requestedType = requestedType;
        a.message = message;
        return a;
    }

    /** A member's request to renew on a type; their record already holds the rest. */
    public static MembershipApplication renewal(Member member, MembershipType requestedType, String message) {
        MembershipApplication a = new MembershipApplication();
        a.kind = ApplicationKind.RENEWAL;
        a.member = member;
        a.setProfile(member.getFirstName(), member.getLastName(), member.getEmail(), null, null,
                member.getDiscipline(), null, null, null, null, null, null, member.getCountry());
        a.affiliate = member.getAffiliate();
        a.requestedType = requestedType;
        a.message = message;
        return a;
    }

    /** Waits for the applicant to confirm their email with the token whose hash is given, until a moment. */
    public void awaitConfirmation(String tokenHash, Instant expiresAt) {
        this.status = ApplicationStatus.UNCONFIRMED;
        this.confirmationTokenHash = tokenHash;
        this.confirmationExpiresAt = expiresAt;
    }

    /** Whether the emailed confirmation link still works at a moment (unused, not decided, not expired). */
    public boolean isConfirmableAt(Instant now) {
        return status == ApplicationStatus.UNCONFIRMED && confirmationTokenHash != null
                && now.isBefore(confirmationExpiresAt);
    }

    /** The applicant opened the link: the token is spent and the application goes on as if just sent. */
    public void confirmEmail() {
        if (status != ApplicationStatus.UNCONFIRMED) {
            throw new IllegalStateException("Application " + getId() + " is not waiting for confirmation");
        }
        this.status = ApplicationStatus.PENDING;
        this.confirmationTokenHash = null;
    }

    public Instant getConfirmationExpiresAt() {
        return confirmationExpiresAt;
    }

    public void decide(ApplicationStatus decision, String note, Instant at, String by, Member member) {
        if (status != ApplicationStatus.PENDING && status != ApplicationStatus.UNCONFIRMED) {
            throw new IllegalStateException("Application " + getId() + " was decided already");
        }
        this.status = decision;
        this.decisionNote = note;
        this.decidedAt = at;
        this.decidedBy = by;
        this.confirmationTokenHash = null;
        if (member != null) {
            this.member = member;
        }
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public Member getMember() {
        return member;
    }

    public Affiliate getAffiliate() {
        return affiliate;
    }

    public MembershipType getRequestedType() {
        return requestedType;
    }

    public String getMessage() {
        return message;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
