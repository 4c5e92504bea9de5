package io.redress.audit.refunds;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * What one auditor may see: the shops (empty: all) and the days {@code from}..{@code to} (inclusive, marketplace
 * zone; null: open). An external firm's account is limited this way; the platform's own auditors are not.
 */
public record AuditorScope(String username, Set<String> shops, LocalDate from, LocalDate to) {

    public AuditorScope {
        shops = Set.copyOf(shops);
    }

    public static AuditorScope unlimited(String username) {
        return new AuditorScope(username, Set.of(), null, null);
    }

    public boolean limited() {
        return !shops.isEmpty() || from != null || to != null;
    }

    public boolean allowsShop(String shopId) {
        return shops.isEmpty() || shops.contains(shopId);
    }

    /** Refuses (403) days outside the scope; open ends take the scope's ends. */
    public LocalDate[] days(LocalDate askedFrom, LocalDate askedTo) {
        LocalDate f = askedFrom == null ? from : askedFrom;
        LocalDate t = askedTo == null ? to : askedTo;
        if ((from != null && (f == null || f.isBefore(from))) || (to != null && (t == null || t.isAfter(to)))) {
            throw new AccessDeniedException("auditor " + username + " is limited to the days " + from + ".." + to);
        }
        return new LocalDate[] {f, t};
    }

    /** The shops a run covers: those asked, all within the scope, else the scope's own (empty: all). */
    public List<String> shops(List<String> asked) {
        List<String> wanted = asked == null ? List.of() : asked;
        if (wanted.isEmpty()) {
            return shops.stream().sorted().toList();
        }
        for (String shop : wanted) {
            if (!allowsShop(shop)) {
                throw new AccessDeniedException("auditor " + username + " may not see shop " + shop);
            }
        }
        return wanted.stream().distinct().sorted().toList();
    }
}
