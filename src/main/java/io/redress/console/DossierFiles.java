package io.redress.console;

import io.redress.dossier.DossierFormat;
import io.redress.dossier.Dossiers;
import io.redress.identity.Caller;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case dossier from the case page, for its parties and the agents, in the console's language; recorded on the
 * case's timeline like a download through the API.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
class DossierFiles {

    private final Dossiers dossiers;

    DossierFiles(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/cases/{caseId}/dossier.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseId, Locale locale) {
        return file(caseId, DossierFormat.PDF, locale);
    }

    @GetMapping("/cases/{caseId}/dossier.json")
    ResponseEntity<byte[]> json(@PathVariable String caseId, Locale locale) {
        return file(caseId, DossierFormat.JSON, locale);
    }

    @GetMapping("/cases/{caseId}/dossier.zip")
    ResponseEntity<byte[]> zip(@PathVariable String caseId, Locale locale) {
        return file(caseId, DossierFormat.ZIP, locale);
    }

    private ResponseEntity<byte[]> file(String caseId, DossierFormat format, Locale locale) {
        return dossiers.download(Caller.current(), caseId, format, locale).response();
    }
}
