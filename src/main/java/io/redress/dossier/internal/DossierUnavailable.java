package io.redress.dossier.internal;

import io.redress.shared.DomainProblem;
import io.redress.shared.ProblemType;
import org.springframework.http.HttpStatus;

/** The PDF cannot be made on this installation (no font to embed); the JSON still can. Answered 503. */
public final class DossierUnavailable extends DomainProblem {

    public static final ProblemType TYPE = new ProblemType("dossier-unavailable");

    DossierUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, TYPE, "Dossier PDF unavailable", detail);
    }
}
