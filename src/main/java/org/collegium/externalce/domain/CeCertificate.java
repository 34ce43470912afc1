package org.collegium.externalce.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an external CE record's certificate file (checked before it is stored; replaced, never edited). */
@Entity
@Table(name = "external_ce_certificate")
public class CeCertificate {

    @Id
    private Long externalCeId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected CeCertificate() {
    }

    public CeCertificate(long externalCeId, byte[] content) {
        this.externalCeId = externalCeId;
        this.content = content.clone();
    }

    public void replace(byte[] content) {
        this.content = content.clone();
    }

    public long getExternalCeId() {
        return externalCeId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
