package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an error that the database could not be reached (stopped, restarting, network gone) from every other
 * error: those get the one message that says nothing was saved and to try again, in the UI, on the public pages
 * and at sign-in. The connection pool gives up after a few seconds (spring.datasource.hikari.connection-timeout),
 * so the person reads it within seconds; the pool connects again by itself when the database is back.
 */
public final class DatabaseOutage {

    /** The key of the outage sentence ("The portal is temporarily unavailable — nothing was saved..."). */
    public static final String MESSAGE = "base.outage.message";

    private DatabaseOutage() {
    }

    /** The outage sentence in the current person's language. */
    public static String message() {
        return Messages.t(MESSAGE);
    }

    /** Whether anything in the chain of causes says the database could not be reached. */
    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08: connection exception. */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }
}
