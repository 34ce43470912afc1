package org.collegium.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.collegium.base.domain.AuditedEntity;

/**
 * An administrator's own text for one bundle key of a system email in one language ("en" or "es"), with named fields
 * as they wrote it (see notifications/service/SystemMails).
 */
@Entity
@Table(name = "mail_text_override")
public class MailTextOverride extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String messageKey;
    @Column(nullable = false, updatable = false)
    private String language;
    @Lob
    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    protected MailTextOverride() {
    }

    public MailTextOverride(String messageKey, String language, String text) {
        this.messageKey = messageKey;
        this.language = language;
        this.text = text;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
