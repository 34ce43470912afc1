package org.collegium.affiliates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.collegium.base.domain.AuditedEntity;

/** A local or regional society affiliated to the national one, e.g. a Carolinas or Atlanta society. */
@Entity
@Table(name = "affiliate")
public class Affiliate extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String shortName;

    private String region;

    private String website;

    private String contactEmail;

    private LocalDate affiliatedSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AffiliateStatus status = AffiliateStatus.ACTIVE;

    protected Affiliate() {
    }

    public Affiliate(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
    }

    public void update(String name, String shortName, String region, String website, String contactEmail,
            LocalDate affiliatedSince, AffiliateStatus status) {
        this.name = name;
        this.shortName = shortName;
        this.region = region;
        this.website = website;
        this.contactEmail = contactEmail;
        this.affiliatedSince = affiliatedSince;
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getRegion() {
        return region;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public LocalDate getAffiliatedSince() {
        return affiliatedSince;
    }

    public AffiliateStatus getStatus() {
        return status;
    }
}
