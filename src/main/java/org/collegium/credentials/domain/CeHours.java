package org.collegium.credentials.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * CE hours that count for a member, one row per row of the source they came from. Written only by
 * {@code CeLedger}, in the source's own transaction; nobody edits it by hand, so it carries no version.
 */
@Entity
@Table(name = "ce_hours")
public class CeHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeSource source;

    @Column(nullable = false)
    private long sourceRef;

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
    @CollectionTable(name = "ce_hours_topic", joinColumns = @JoinColumn(name = "ce_hours_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false)
    private Set<CeTopic> topics = EnumSet.noneOf(CeTopic.class);

    @Column(nullable = false)
    private String title;

    private String provider;

    protected CeHours() {
    }

    public CeHours(long memberId, CeSource source, long sourceRef) {
        this.memberId = memberId;
        this.source = source;
        this.sourceRef = sourceRef;
    }

    /** Sets what the hours are; the source's row may change (an event's date, a corrected record). */
    public void describe(LocalDate earnedOn, BigDecimal hours, CeFormality formality, CeDelivery delivery,
            Set<CeTopic> topics, String title, String provider) {
        this.earnedOn = earnedOn;
        this.hours = hours;
        this.formality = formality;
        this.delivery = delivery;
        this.topics.clear();
        this.topics.addAll(topics);
        this.title = title;
        this.provider = provider;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public CeSource getSource() {
        return source;
    }

    public long getSourceRef() {
        return sourceRef;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public CeFormality getFormality() {
        return formality;
    }

    public CeDelivery getDelivery() {
        return delivery;
    }

    public Set<CeTopic> getTopics() {
        return topics.isEmpty() ? EnumSet.noneOf(CeTopic.class) : EnumSet.copyOf(topics);
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }
}
