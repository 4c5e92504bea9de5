package io.redress.console;

import io.redress.aftersale.CaseIntake;
import io.redress.aftersale.Cases;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A refused request told in one line for a console page, in the page's language: the problem's {@code code} when it
 * has one (amounts in it shown in yuan), else each field at fault under its label on the page, else the detail.
 */
@Component
class Problems {

    private static final Pattern AT_MOST = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern NOT_TAKEN = Pattern.compile("is not taken by .*");

    private final MessageSource messages;
    private final Yuan yuan;

    Problems(MessageSource messages, Yuan yuan) {
        this.messages = messages;
        this.yuan = yuan;
    }

    String text(DomainProblem problem, Locale locale) {
        Object code = problem.properties().get("code");
        if (code instanceof String c) {
            Object limit = problem.properties().get("limit");
            Object shown = !(limit instanceof Number n) ? limit
                    : c.startsWith("amount.") ? yuan.format(n.longValue())
                    : c.startsWith("evidence.") ? Math.max(1, n.longValue() / (1024 * 1024)) + " MB" : n;
            String text = messages.getMessage("problem." + c, new Object[] {shown}, null, locale);
            if (text != null) {
                return text;
            }
        }
        if (problem instanceof Cases.StaleCase) {
            return messages.getMessage("problem.stale", null, locale);
        }
        if (problem.properties().containsKey("allowedActions")) {
            return messages.getMessage("problem.notAllowed", null, locale);
        }
        List<String> parts = new ArrayList<>();
        for (Object value : problem.properties().values()) {
            if (value instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof InvalidField field) {
                        parts.add(field(field, locale));
                    } else if (item instanceof CaseIntake.IneligibleReason reason) {
                        parts.add(reason.label());
                    }
                }
            }
        }
        return parts.isEmpty() ? problem.getBody().getDetail() : String.join(" · ", parts);
    }

    /** Why the live quote cannot be given, in the page's language where the case is known (too many units). */
    String quote(io.redress.amounts.InvalidQuoteRequest refused, Locale locale) {
        return refused.field().endsWith(".quantity")
                ? messages.getMessage("problem.quote.quantity", null, locale) : refused.getMessage();
    }

    /** The field under its label on the page, and what is wrong in the page's language where the words are known. */
    private String field(InvalidField field, Locale locale) {
        String label = messages.getMessage("problem.field." + field.field(), null, field.field(), locale);
        String message = field.message();
        Matcher atMost = AT_MOST.matcher(message);
        String key = switch (message) {
            case "is required", "must not be blank" -> "problem.says.required";
            case "is not a number" -> "problem.says.notANumber";
            case "a refusal after receipt needs at least one evidence id" -> "problem.says.evidenceNeeded";
            case "a proposal names an amount, a return address or both" -> "problem.says.proposalTerms";
            case "is required to agree to a return or exchange", "is required to propose terms for a return"
                    -> "problem.says.required";
            default -> atMost.matches() ? "problem.says.atMost"
                    : NOT_TAKEN.matcher(message).matches() ? "problem.says.notTaken"
                    : message.contains("is not an amount in yuan") ? "problem.says.yuan"
                    : null;
        };
        if (key == null) {
            return messages.getMessage("problem.says.other", new Object[] {label, message}, locale);
        }
        return messages.getMessage(key, new Object[] {label, atMost.matches() ? atMost.group(1) : null}, locale);
    }
}
