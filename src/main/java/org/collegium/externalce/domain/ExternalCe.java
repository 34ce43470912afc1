package org.collegium.externalce.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.collegium.base.domain.AuditedEntity;
import org.hibernate.annotations.BatchSize;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;

/**
 * CE a member earned elsewhere, with the certificate that proves it (its bytes are a {@link CeCertificate} of their
 * own, so that lists never read them). It counts (is in the CE ledger) only while the board has it VERIFIED.
 */
@Entity
@Table(name = "external_ce")
public class ExternalCe extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long memberId;
    @Column(nullable = false)
    private String provider;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private LocalDate earnedOn;
    @Column(nullable = false)
    private BigDecimal hours;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeFormality formality;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeDelivery delivery;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // a page's topics in one query
    @CollectionTable(name = "external_ce_topic", joinColumns = @JoinColumn(name = "external_ce_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false)
    private Set<CeTopic> topics = EnumSet.noneOf(CeTopic.class);
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExternalCeStatus status = ExternalCeStatus.PENDING;
    private String reviewNote;
    private String reviewedBy;
    private Instant reviewedAt;
    @Column(nullable = false)
    private String certificateName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateType certificateType;
    @Column(nullable = false)
    private int certificateSize;

    protected ExternalCe() {
    }

    public ExternalCe(long memberId) {
        this.memberId = memberId;
    }

    /** What the member writes; the board's review is untouched. */
    public void describe(String provider, String title, LocalDate earnedOn, BigDecimal hours, CeFormality formality,
            CeDelivery delivery, Set<CeTopic> topics) {
        this.provider = provider;
        this.title = title;
        this.earnedOn = earnedOn;
        this.hours = hours;
        this.formality = formality;
        this.delivery = delivery;
        this.topics.clear();
        this.topics.addAll(topics);
    }

    public void attach(String fileName, CertificateType type, int size) {
        this.certificateName = fileName;
        this.certificateType = type;
        this.certificateSize = size;
    }

    public void review(ExternalCeStatus status, String note, String by, Instant at) {
        this.status = status;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public long getMemberId() { return memberId; }
    public String getProvider() { return provider; }
    public String getTitle() { return title; }
    public LocalDate getEarnedOn() { return earnedOn; }
    public BigDecimal getHours() { return hours; }
    public CeFormality getFormality() { return formality; }
    public CeDelivery getDelivery() { return delivery; }
    public Set<CeTopic> getTopics() { return topics.isEmpty() ? EnumSet.noneOf(CeTopic.class) : EnumSet.copyOf(topics); }
    public ExternalCeStatus getStatus() { return status; }
    public String getReviewNote() { return reviewNote; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getCertificateName() { return certificateName; }
    public CertificateType getCertificateType() { return certificateType; }
    public int getCertificateSize() { return certificateSize; }
}
