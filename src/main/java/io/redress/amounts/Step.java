package io.redress.amounts;

import java.util.List;
import java.util.Locale;

/** One step of the explanation of an amount: the rule, what it adds (negative: deducts), and why in words. */
public record Step(Rule rule, long amount, Phrase phrase, List<String> args) {

    public Step {
        args = List.copyOf(args);
    }

    static Step of(Rule rule, long amount, Phrase phrase, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new Step(rule, amount, phrase, List.of(texts));
    }

    public String label(Locale locale) {
        return phrase.text(locale, args);
    }
}
