package org.collegium.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The society's own settings: one row, edited by an administrator. */
@Entity
@Table(name = "society_settings")
public class SocietySettings extends AuditedEntity {

    @Column(nullable = false)
    private String societyName;

    @Column(nullable = false)
    private String timeZone;

    protected SocietySettings() {
    }

    public SocietySettings(String societyName, String timeZone) {
        this.societyName = societyName;
        this.timeZone = timeZone;
    }

    public String getSocietyName() {
        return societyName;
    }

    public void setSocietyName(String societyName) {
        this.societyName = societyName;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
