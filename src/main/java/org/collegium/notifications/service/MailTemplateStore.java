package org.collegium.notifications.service;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads every administrator's text at once for {@link MailTemplateOverrides}, in whatever transaction the text is
 * asked for in (an email is written inside its sender's): on the sender's own connection, with a locking read inside
 * a transaction so that it sees the latest committed texts rather than the transaction's older snapshot. A failure
 * is logged and answered with null (the bundles' texts), never thrown into the sender's transaction.
 */
@Component
class MailTemplateStore {

    record Row(String key, String language, String text) {
    }

    private static final Logger log = LoggerFactory.getLogger(MailTemplateStore.class);

    private final JdbcTemplate jdbc;

    MailTemplateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Row> all() {
        String sql = "select message_key, language, text from mail_text_override"
                + (TransactionSynchronizationManager.isActualTransactionActive() ? " lock in share mode" : "");
        try {
            return new ArrayList<>(jdbc.query(sql, (rs, n) -> new Row(rs.getString(1), rs.getString(2),
                    rs.getString(3))));
        } catch (DataAccessException e) {
            log.warn("The changed email templates could not be read; the default texts are used: {}", e.toString());
            return null;
        }
    }
}
