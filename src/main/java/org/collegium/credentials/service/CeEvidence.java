package org.collegium.credentials.service;

import java.util.Collection;
import java.util.function.Consumer;
import org.collegium.credentials.domain.CeSource;

/**
 * The extension point of the audit packet: a feature that writes CE ledger rows with a file behind them (an
 * external CE certificate) implements this in its own service package, so the credentials feature can put those
 * files in a member's audit packet without knowing the feature. Called inside {@link CredentialService}'s method
 * security, for the signed-in member's own rows only; an implementation still answers only for rows of that member
 * that count (a declined or pending record has no ledger row and gives no file).
 */
public interface CeEvidence {

    /** A file behind one ledger row: the row's source reference, the file's extension (from its type) and bytes. */
    record EvidenceFile(long sourceRef, String extension, byte[] content) {
    }

    /** The ledger source whose rows this supplies files for. */
    CeSource source();

    /**
     * The files behind these ledger rows (their source references) of this member, one at a time to the consumer so
     * that a packet of many large files never holds them all; rows without a file are left out.
     */
    void files(long memberId, Collection<Long> sourceRefs, Consumer<EvidenceFile> each);
}
