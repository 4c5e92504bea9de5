package io.redress.amounts;

import java.util.List;
import java.util.Locale;

/** Why a line may not be refunded as asked; {@code code} is stable, the label is for the buyer. */
public record Ineligibility(Phrase code, String lineId, List<String> args) {

    public Ineligibility {
        args = List.copyOf(args);
    }

    public String label(Locale locale) {
        return code.text(locale, args);
    }
}
