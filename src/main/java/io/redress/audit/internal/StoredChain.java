package io.redress.audit.internal;

import io.redress.audit.AuditDigest;
import io.redress.audit.AuditLog;
import io.redress.audit.Canonical;
import io.redress.audit.ChainVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The audit log as stored, read in pages of {@value #PAGE} records in chain order. */
@Service
class StoredChain implements AuditLog {

    static final int PAGE = 500;
    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    private final AuditRows rows;
    private final DailyDigests digests;
    private final ZoneId zone;

    StoredChain(AuditRows rows, DailyDigests digests, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.rows = rows;
        this.digests = digests;
        this.zone = zone;
    }

    @Override
    public long export(LocalDate from, LocalDate to, OutputStream out) throws IOException {
        Instant start = from == null ? BEGINNING : from.atStartOfDay(zone).toInstant();
        Instant until = to == null ? END : to.plusDays(1).atStartOfDay(zone).toInstant();
        long written = 0;
        long after = 0;
        List<AuditRows.Row> page;
        do {
            page = rows.page(after, start, until, PAGE);
            for (AuditRows.Row row : page) {
                out.write(row.line().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                after = row.seq();
                written++;
            }
            out.flush();
        } while (page.size() == PAGE);
        return written;
    }

    @Override
    public List<AuditDigest> digests(LocalDate from, LocalDate to) {
        return rows.digests(from == null ? LocalDate.of(1970, 1, 1) : from, to == null ? LocalDate.of(9999, 1, 1) : to);
    }

    @Override
    public ChainVerifier.Verdict verifyLive() {
        return ChainVerifier.verify(() -> new Lines(rows), Canonical.GENESIS, null);
    }

    @Override
    public int recordDigests() {
        return digests.recordFinishedDays();
    }

    /** Every stored line in chain order (the line is the record; its columns are copies for queries). */
    private static final class Lines implements Iterator<String> {

        private final AuditRows rows;
        private Iterator<AuditRows.Row> page = List.<AuditRows.Row>of().iterator();
        private long after;
        private boolean last;

        Lines(AuditRows rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (!page.hasNext() && !last) {
                List<AuditRows.Row> next = rows.page(after, BEGINNING, END, PAGE);
                last = next.size() < PAGE;
                page = next.iterator();
            }
            return page.hasNext();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditRows.Row row = page.next();
            after = row.seq();
            return row.line();
        }
    }
}
