package org.collegium.evaluations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.collegium.base.domain.AuditedEntity;
import org.collegium.events.domain.CeType;

/** The sponsor's approval statement for one CE type, printed on its certificates (as approved, in its words). */
@Entity
@Table(name = "ce_sponsor_statement")
public class SponsorStatement extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CeType ceType;
    private String statement;

    protected SponsorStatement() {
    }

    public SponsorStatement(CeType ceType) {
        this.ceType = ceType;
    }

    public CeType getCeType() {
        return ceType;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
