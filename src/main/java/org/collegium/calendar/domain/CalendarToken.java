package org.collegium.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's secret calendar-feed token: whoever has the feed URL reads the feed, so it can be replaced. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken {

    @Id
    private Long memberId;
    @Column(nullable = false)
    private String token;
    @Column(nullable = false)
    private Instant createdAt;

    protected CalendarToken() {
    }

    public CalendarToken(long memberId, String token, Instant createdAt) {
        this.memberId = memberId;
        this.token = token;
        this.createdAt = createdAt;
    }

    public void replace(String newToken, Instant at) {
        this.token = newToken;
        this.createdAt = at;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
