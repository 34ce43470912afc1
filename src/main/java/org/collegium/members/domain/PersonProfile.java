package org.collegium.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.collegium.base.domain.AuditedEntity;

/**
 * A person's name, contact, licence and practice, as a member record and a join request both keep them, in
 * columns of the same names. A mapped superclass rather than an embedded value, so that queries keep naming
 * these fields directly ({@code m.lastName}) and the tables stay as they are.
 */
@MappedSuperclass
public abstract class PersonProfile extends AuditedEntity {

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
    private Discipline discipline = Discipline.OTHER;
    private String licenceState;
    private String licenceNumber;
    private String practiceName;
    private String city;
    private String state;
    private String postalCode;
    @Column(nullable = false)
    private String country = "US";

    protected PersonProfile() {
    }

    protected PersonProfile(String firstName, String lastName, String email) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }

    /** Every profile field at once; the values were checked and cleaned by the member rules. */
    protected void setProfile(String firstName, String lastName, String email, String phone, String credentials,
            Discipline discipline, String licenceState, String licenceNumber, String practiceName, String city,
            String state, String postalCode, String country) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
        this.credentials = credentials;
        this.discipline = discipline;
        this.licenceState = licenceState;
        this.licenceNumber = licenceNumber;
        this.practiceName = practiceName;
        this.city = city;
        this.state = state;
        this.postalCode = postalCode;
        this.country = country;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
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
}
