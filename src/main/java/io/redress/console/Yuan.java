package io.redress.console;

import java.util.Currency;
import org.springframework.stereotype.Component;

/**
 * Money for people: minor units as ¥88.00, with integer arithmetic only. Templates call it as
 * {@code ${@yuan.format(amount, currency)}}.
 */
@Component("yuan")
class Yuan {

    private static final Currency CNY = Currency.getInstance("CNY");

    public String format(long amount) {
        return format(amount, CNY);
    }

    /** For amounts whose currency is kept as its ISO code. */
    public String format(long amount, String currencyCode) {
        return format(amount, Currency.getInstance(currencyCode));
    }

    public String format(long amount, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        // Long.MIN_VALUE has no positive counterpart; the remainder is taken from the negative side instead
        String sign = amount < 0 ? "-" : "";
        long whole = Math.abs(amount / scale);
        long fraction = Math.abs(amount % scale);
        String symbol = CNY.equals(currency) ? "¥" : currency.getCurrencyCode() + " ";
        String text = sign + symbol + whole;
        return digits == 0 ? text : text + "." + pad(fraction, digits);
    }

    /** A signed amount for explanation steps: +¥1.00 or -¥1.00. */
    public String signed(long amount, Currency currency) {
        return amount > 0 ? "+" + format(amount, currency) : format(amount, currency);
    }

    private static String pad(long fraction, int digits) {
        String text = Long.toString(fraction);
        return "0".repeat(digits - text.length()) + text;
    }
}
