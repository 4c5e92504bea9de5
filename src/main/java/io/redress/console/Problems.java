package io.redress.console;

import io.redress.aftersale.CaseIntake;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidField;
import java.util.ArrayList;
import java.util.List;

/** A refused request told in one line for a console page: the detail, then each field or reason at fault. */
final class Problems {

    private Problems() {
    }

    static String text(DomainProblem problem) {
        List<String> parts = new ArrayList<>();
        parts.add(problem.getBody().getDetail());
        for (Object value : problem.properties().values()) {
            if (value instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof InvalidField field && !problem.getBody().getDetail().contains(field.message())) {
                        parts.add(field.field() + " " + field.message());
                    } else if (item instanceof CaseIntake.IneligibleReason reason) {
                        parts.add(reason.label());
                    }
                }
            }
        }
        return String.join(" · ", parts);
    }
}
