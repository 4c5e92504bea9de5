package io.redress.reports;

import io.redress.audit.refunds.AuditorScope;
import io.redress.audit.refunds.AuditorScopes;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.reports.internal.ReportRows;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the reports (docs/reports.md) over the days {@code from}..{@code to} (inclusive, in {@code redress.zone})
 * of one shop or all: sellers only ever of their own shop. Durations are in seconds; percentiles are nearest-rank
 * ({@link Percentiles}), computed here over at most {@link #MAX_ROWS} rows per report, so the answer is exact and the
 * same on H2 and PostgreSQL; a range holding more is refused (400) rather than answered from part of it.
 */
@Service
public class Reports {

    /** The longest range a report covers. */
    public static final int MAX_DAYS = 366;
    /** The most rows (case transitions, breaches, paid legs) a report reads. */
    public static final int MAX_ROWS = 200_000;
    /** The range when none is given: the last 30 days up to today. */
    static final int DEFAULT_DAYS = 30;

    private static final List<String> CASE_TYPES = List.of("REFUND_ONLY", "RETURN_AND_REFUND", "EXCHANGE");
    private static final String ALL = "ALL";

    private final ReportRows rows;
    private final AuditorScopes scopes;
    private final Clock clock;
    private final ZoneId zone;

    Reports(ReportRows rows, AuditorScopes scopes, Clock clock, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.rows = rows;
        this.scopes = scopes;
        this.clock = clock;
        this.zone = zone;
    }

    /** What is asked: days (null: the default range) and a shop (null: every shop the caller may see). */
    public record Query(LocalDate from, LocalDate to, String shop) {
    }

    /**
     * The report named {@code name} (404 for an unknown one) for {@code caller}: a seller's is of its own shop, and
     * naming another shop is 404 as for a shop that does not exist; an auditor's stays within the auditor's scope
     * (403 outside it); 400 for a bad or too large range.
     */
    @Transactional(readOnly = true)
    public Report report(String name, Query asked, Caller caller) {
        ReportName report = ReportName.ofPath(name).orElseThrow(() -> new ResourceNotFound("report", name));
        Query query = withinScope(caller, asked);
        String shop = shopFor(caller, query.shop());
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock.withZone(zone));
        LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1);
        if (to.isBefore(from)) {
            throw new InvalidRequest("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidRequest("to", "a report covers at most " + MAX_DAYS + " days");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Table table = switch (report) {
            case TIME_TO_MONEY -> durations(bounded(rows.reached(List.of("REFUNDED"), start, end, shop, MAX_ROWS + 1)));
            case TIME_TO_CLOSE -> durations(bounded(
                    rows.reached(List.of("REFUNDED", "CLOSED", "COMPLETED"), start, end, shop, MAX_ROWS + 1)));
            case RESOLUTION -> resolution(bounded(
                    rows.reached(List.of("REFUNDED", "CLOSED", "COMPLETED"), start, end, shop, MAX_ROWS + 1)));
            case SLA_BREACHES -> breaches(from, to,
                    bounded(rows.timerBreaches(start, end, shop, MAX_ROWS + 1)),
                    bounded(rows.slaBreaches(start, end, clock.instant(), shop, MAX_ROWS + 1)));
            case REFUND_RATE -> refundRate(bounded(rows.refundRate(start, end, shop, MAX_ROWS + 1)));
            case REFUNDED_MONEY -> refundedMoney(bounded(rows.paidLegs(start, end, shop, MAX_ROWS + 1)));
        };
        return new Report(report.path(), from, to, shop, zone.getId(), clock.instant(), table.columns(), table.rows());
    }

    /** The shop a caller's report is about: a seller's own (another is 404), anyone else's choice (null: all). */
    static String shopFor(Caller caller, String asked) {
        String shop = asked == null || asked.isBlank() ? null : asked.strip();
        if (caller.has(Role.SELLER)) {
            if (caller.shopId() == null || shop != null && !shop.equals(caller.shopId())) {
                throw new ResourceNotFound("shop", shop == null ? "" : shop);
            }
            return caller.shopId();
        }
        return shop;
    }

    /**
     * An auditor limited to some shops or days (docs/audit.md, "Auditor scope") reads reports of those only: days
     * outside the scope and shops outside it are refused (403), open ends take the scope's, and when the scope
     * holds several shops the report names one of them, as a report is of one shop or of all.
     */
    Query withinScope(Caller caller, Query query) {
        if (!caller.has(Role.AUDITOR)) {
            return query;
        }
        AuditorScope scope = scopes.of(caller.name());
        if (!scope.limited()) {
            return query;
        }
        LocalDate[] days = scope.days(query.from(), query.to());
        String asked = query.shop() == null || query.shop().isBlank() ? null : query.shop().strip();
        List<String> shops = scope.shops(asked == null ? List.of() : List.of(asked));
        if (shops.size() > 1) {
            throw new AccessDeniedException("auditor " + caller.name() + " is limited to the shops " + shops
                    + ": name one of them in shop");
        }
        return new Query(days[0], days[1], shops.isEmpty() ? null : shops.get(0));
    }

    private static <T> List<T> bounded(List<T> read) {
        return bounded(read, MAX_ROWS);
    }

    /** What a query read, if it is no more than {@code max} rows (it asks for one more); 400 otherwise. */
    static <T> List<T> bounded(List<T> read, int max) {
        if (read.size() > max) {
            throw new InvalidRequest("from", "the range holds more than " + max
                    + " rows for this report: ask for fewer days or one shop");
        }
        return read;
    }

    private record Table(List<String> columns, List<Map<String, Object>> rows) {
    }

    /** Per case type and over all: how many cases, and the 50th, 90th and 99th percentile of their durations. */
    private static Table durations(List<ReportRows.Reached> reached) {
        List<String> columns = List.of("caseType", "cases", "p50Seconds", "p90Seconds", "p99Seconds");
        List<Map<String, Object>> out = new ArrayList<>();
        for (String type : withAll(CASE_TYPES)) {
            long[] seconds = reached.stream().filter(r -> type.equals(ALL) || type.equals(r.caseType()))
                    .mapToLong(r -> Math.max(0, Duration.between(r.requestedAt(), r.reachedAt()).getSeconds())).toArray();
            Percentiles p = Percentiles.of(seconds);
            out.add(row(columns, type, (long) p.count(), p.at(50), p.at(90), p.at(99)));
        }
        return new Table(columns, out);
    }

    /** Per case type and over all: cases ended, how many never went to the platform, and the intervention rate. */
    private static Table resolution(List<ReportRows.Reached> ended) {
        List<String> columns = List.of("caseType", "cases", "withoutAgent", "escalated", "withoutAgentShare",
                "interventionRate");
        List<Map<String, Object>> out = new ArrayList<>();
        for (String type : withAll(CASE_TYPES)) {
            List<ReportRows.Reached> of = ended.stream()
                    .filter(r -> type.equals(ALL) || type.equals(r.caseType())).toList();
            long escalated = of.stream().filter(r -> !"NONE".equals(r.intervention())).count();
            long cases = of.size();
            out.add(row(columns, type, cases, cases - escalated, escalated, share(cases - escalated, cases),
                    share(escalated, cases)));
        }
        return new Table(columns, out);
    }

    /** Per day of the range: timers that ran out (the system acted for a party) and agents' SLAs that ran out. */
    private Table breaches(LocalDate from, LocalDate to, List<ReportRows.Happened> timers,
            List<ReportRows.Happened> slas) {
        List<String> columns = List.of("day", "timerBreaches", "interventionSlaBreaches");
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        timers.forEach(t -> days.computeIfPresent(t.at().atZone(zone).toLocalDate(), (d, c) -> add(c, 0)));
        slas.forEach(s -> days.computeIfPresent(s.at().atZone(zone).toLocalDate(), (d, c) -> add(c, 1)));
        List<Map<String, Object>> out = new ArrayList<>();
        days.forEach((day, counts) -> out.add(row(columns, day.toString(), counts[0], counts[1])));
        return new Table(columns, out);
    }

    private static Table refundRate(List<ReportRows.ShopOrders> shops) {
        List<String> columns = List.of("shopId", "orders", "refundedOrders", "refundRate");
        return new Table(columns, shops.stream().map(s -> row(columns, s.shopId(), s.orders(), s.refundedOrders(),
                share(s.refundedOrders(), s.orders()))).toList());
    }

    /** Per day, instrument and currency: the money paid back (minor units) and in how many legs. */
    private Table refundedMoney(List<ReportRows.PaidLeg> legs) {
        List<String> columns = List.of("day", "instrument", "currency", "amount", "legs");
        Map<String, long[]> sums = new TreeMap<>();
        Function<ReportRows.PaidLeg, String> key = l -> l.at().atZone(zone).toLocalDate() + "|" + l.instrument() + "|"
                + l.currency();
        legs.forEach(l -> {
            long[] sum = sums.computeIfAbsent(key.apply(l), k -> new long[2]);
            sum[0] = Math.addExact(sum[0], l.amount());
            sum[1]++;
        });
        List<Map<String, Object>> out = new ArrayList<>();
        sums.forEach((k, sum) -> {
            String[] parts = k.split("\\|");
            out.add(row(columns, parts[0], parts[1], parts[2], sum[0], sum[1]));
        });
        return new Table(columns, out);
    }

    private static long[] add(long[] counts, int which) {
        counts[which]++;
        return counts;
    }

    private static List<String> withAll(List<String> types) {
        List<String> all = new ArrayList<>(types);
        all.add(ALL);
        return all;
    }

    /** part / whole to four places (half up); 0 when whole is 0. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> row(List<String> columns, Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }
}
