package io.redress.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/** What auditors read: the records as exported lines, the daily digests, and the live chain checked in place. */
public interface AuditLog {

    /** Writes the records of the days {@code from} to {@code to} (inclusive, marketplace zone; null: open) as JSON Lines. */
    long export(LocalDate from, LocalDate to, OutputStream out) throws IOException;

    /** The digests of the days {@code from} to {@code to}, newest first. */
    List<AuditDigest> digests(LocalDate from, LocalDate to);

    /** Verifies the whole stored chain from its first record, as the offline verifier would. */
    ChainVerifier.Verdict verifyLive();

    /** Records the digest of every finished day that has none yet; the number recorded. */
    int recordDigests();
}
