package io.redress.dossier;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.identity.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What a section writes for: the case as stored when the dossier was made, who reads it ({@code viewer}, whose
 * visibility every section applies, in the part {@code party} it plays: BUYER, SELLER, AGENT or SENIOR_AGENT; null for
 * an auditor), the language and zone, and when. {@link #text} reads the dossier's words from messages*.properties.
 */
public record DossierRequest(Case detail, Caller viewer, Actor party, Locale locale, ZoneId zone, Instant generatedAt,
        MessageSource messages) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    /** The message {@code key} in the dossier's language, with {0}-style arguments. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** An instant as people read it in the platform's zone, e.g. 2026-11-03 14:05:00 +08:00; empty for null. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** An amount in minor units of the case's currency, with its fen spelled out: ¥12.34 (1234). */
    public String money(long amount) {
        return money(amount, detail.currency());
    }

    public String money(long amount, String currencyCode) {
        int digits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
        String symbol = "CNY".equals(currencyCode) ? "¥" : currencyCode + " ";
        return (amount < 0 ? "-" : "") + symbol + BigDecimal.valueOf(amount, digits).abs().toPlainString()
                + " (" + amount + ")";
    }

    /** Whether the reader sees everything on the case (agents, auditors), not only what a party may. */
    public boolean staff() {
        return party != Actor.BUYER && party != Actor.SELLER;
    }
}
