package org.collegium.listings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A visitor's message to a listing's facilitator, kept only for collegium.listings.enquiry-retention-days (it is
 * in the facilitator's mailbox by then) and for the per-address rate limit. Never shown to anyone on a page.
 */
@Entity
@Table(name = "listing_enquiry")
public class ListingEnquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long listingId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    private String clientIp;
    @Column(nullable = false)
    private String message;
    @Column(nullable = false)
    private Instant createdAt;

    protected ListingEnquiry() {
    }

    public ListingEnquiry(long listingId, String name, String email, String clientIp, String message,
            Instant createdAt) {
        this.listingId = listingId;
        this.name = name;
        this.email = email;
        this.clientIp = clientIp;
        this.message = message;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getListingId() { return listingId; }
    public String getEmail() { return email; }
    public Instant getCreatedAt() { return createdAt; }
}
