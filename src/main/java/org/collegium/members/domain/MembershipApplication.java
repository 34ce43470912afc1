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
import org.collegium.base.domain.AuditedEntity;

/** A request waiting for the board: someone asking to join, or a member asking to renew. */
@Entity
@Table(name = "membership_application")
public class MembershipApplication extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;
    @Column(nullable = false)
    private String firstName;
    @Column(nullable = false)
    private String lastName;
    @Column(nullable = false)
    private String email;
    private String phone;
    private String credentials;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Discipline discipline;
    private String licenceState;
    private String licenceNumber;
    private String practiceName;
    private String city;
    private String state;
    private String postalCode;
    @Column(nullable = false)
    private String country;
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

    protected MembershipApplication() {
    }

    /** A newcomer's request; the fields are already checked by the member rules. */
    public static MembershipApplication join(String firstName, String lastName, String email, String phone,
            String credentials, Discipline discipline, String licenceState, String licenceNumber, String practiceName,
            String city, String state, String postalCode, String country, Affiliate affiliate,
            MembershipType requestedType, String message) {
        MembershipApplication a = new MembershipApplication();
        a.kind = ApplicationKind.JOIN;
        a.firstName = firstName;
        a.lastName = lastName;
        a.email = email;
        a.phone = phone;
        a.credentials = credentials;
        a.discipline = discipline;
        a.licenceState = licenceState;
        a.licenceNumber = licenceNumber;
        a.practiceName = practiceName;
        a.city = city;
        a.state = state;
        a.postalCode = postalCode;
        a.country = country;
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
        a.firstName = member.getFirstName();
        a.lastName = member.getLastName();
        a.email = member.getEmail();
        a.discipline = member.getDiscipline();
        a.country = member.getCountry();
        a.affiliate = member.getAffiliate();
        a.requestedType = requestedType;
        a.message = message;
        return a;
    }

    public void decide(ApplicationStatus decision, String note, Instant at, String by, Member member) {
        if (status != ApplicationStatus.PENDING) {
            throw new IllegalStateException("Application " + getId() + " was decided already");
        }
        this.status = decision;
        this.decisionNote = note;
        this.decidedAt = at;
        this.decidedBy = by;
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

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getCredentials() {
        return credentials;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public String getLicenceState() {
        return licenceState;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getPracticeName() {
        return practiceName;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
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
}
