package io.redress.dossier.web;

import io.redress.dossier.DossierFormat;
import io.redress.dossier.Dossiers;
import io.redress.dossier.Routes;
import io.redress.identity.Caller;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case dossier for routes outside the platform (PDF, JSON, zip with the evidence), and the parties' routes: what
 * they can do about the case now, until when, and what each route needs.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
class DossierController {

    private static final String WHO = "Roles: the case's BUYER, SELLER staff of its shop, AGENT, SENIOR_AGENT, "
            + "AUDITOR (read-only). Each reader gets what they may see of the case (a party: evidence shared with both "
            + "sides, its own dispute submissions; staff: everything). Every download is recorded on the case's "
            + "timeline (action dossier-downloaded: who, format, language, SHA-256) and in the audit trail. lang: "
            + "zh-CN or en; without it, the first of those in Accept-Language, else zh-CN.";

    private final Dossiers dossiers;
    private final Routes routes;
    private final ZoneId zone;

    DossierController(Dossiers dossiers, Routes routes, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.dossiers = dossiers;
        this.routes = routes;
        this.zone = zone;
    }

    @GetMapping("/dossier.pdf")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR')")
    @Operation(summary = "The case dossier as PDF", description = WHO + " The PDF prints the SHA-256 of the JSON made "
            + "with it and of every evidence file, and how a third party checks them (docs/dossier.md).")
    @ApiResponse(responseCode = "200", description = "The PDF, as an attachment; X-Content-SHA256 is its hash",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "lang is neither zh-CN nor en")
    @ApiResponse(responseCode = "403", description = "The caller's role may not download dossiers")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    @ApiResponse(responseCode = "503", description = "No font to embed Chinese text is installed (problem "
            + "dossier-unavailable); the JSON is still available")
    ResponseEntity<byte[]> pdf(@PathVariable String caseId, @Parameter(description = "zh-CN or en",
            schema = @Schema(allowableValues = {"zh-CN", "en"})) @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return file(caseId, DossierFormat.PDF, lang, acceptLanguage);
    }

    @GetMapping("/dossier.json")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR')")
    @Operation(summary = "The case dossier as JSON", description = WHO + " format redress-case-dossier/1: caseId, "
            + "generatedAt, generatedFor, party, lang, sections [{key, title, lines, data}] in order, files [{evidenceId, "
            + "contentType, sha256, path}].")
    @ApiResponse(responseCode = "200", description = "The JSON document, as an attachment",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "lang is neither zh-CN nor en")
    @ApiResponse(responseCode = "403", description = "The caller's role may not download dossiers")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    ResponseEntity<byte[]> json(@PathVariable String caseId, @Parameter(description = "zh-CN or en",
            schema = @Schema(allowableValues = {"zh-CN", "en"})) @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return file(caseId, DossierFormat.JSON, lang, acceptLanguage);
    }

    @GetMapping("/dossier.zip")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR')")
    @Operation(summary = "The case dossier with its evidence, zipped", description = WHO + " Entries: dossier.pdf, "
            + "dossier.json, evidence/<sha256>.<ext> for each evidence file the reader may see, and SHA256SUMS "
            + "(sha256sum -c SHA256SUMS checks every other entry).")
    @ApiResponse(responseCode = "200", description = "The zip, as an attachment",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "lang is neither zh-CN nor en")
    @ApiResponse(responseCode = "403", description = "The caller's role may not download dossiers")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    @ApiResponse(responseCode = "503", description = "No font to embed Chinese text is installed (problem "
            + "dossier-unavailable)")
    ResponseEntity<byte[]> zip(@PathVariable String caseId, @Parameter(description = "zh-CN or en",
            schema = @Schema(allowableValues = {"zh-CN", "en"})) @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return file(caseId, DossierFormat.ZIP, lang, acceptLanguage);
    }

    @GetMapping("/routes")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    @Operation(summary = "What the party can do about the case now", description = "Roles: the case's BUYER, SELLER "
            + "staff of its shop. Each route (NEGOTIATE, PLATFORM, APPEAL, POST_REFUND_REQUEST, COMPLAINT, "
            + "CONSUMER_ASSOCIATION, COURT) with its state (OPEN, UNDER_WAY, CLOSED), a code saying why, until when and "
            + "the time left, the API call that takes it and what it needs; the dossier links for routes outside "
            + "the platform.")
    @ApiResponse(responseCode = "200", description = "The routes")
    @ApiResponse(responseCode = "403", description = "The caller is neither buyer nor seller")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller is not one of its parties")
    RoutesView routes(@PathVariable String caseId) {
        return RoutesView.of(routes.of(Caller.current(), caseId), zone);
    }

    private ResponseEntity<byte[]> file(String caseId, DossierFormat format, String lang, String acceptLanguage) {
        return dossiers.download(Caller.current(), caseId, format, DossierLanguage.of(lang, acceptLanguage)).response();
    }

    /** The languages a dossier comes in. */
    static final class DossierLanguage {

        private DossierLanguage() {
        }

        /** {@code lang} when given (400 unless zh-CN or en), else the first supported in Accept-Language, else zh-CN. */
        static Locale of(String lang, String acceptLanguage) {
            if (lang != null) {
                if (lang.equalsIgnoreCase("zh-CN") || lang.equalsIgnoreCase("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (lang.equalsIgnoreCase("en")) {
                    return Locale.ENGLISH;
                }
                throw new InvalidRequest("lang", "must be zh-CN or en");
            }
            if (acceptLanguage != null && !acceptLanguage.isBlank()) {
                try {
                    for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                        String tag = range.getRange().toLowerCase(Locale.ROOT);
                        if (tag.startsWith("zh")) {
                            return Locale.SIMPLIFIED_CHINESE;
                        }
                        if (tag.startsWith("en")) {
                            return Locale.ENGLISH;
                        }
                    }
                } catch (IllegalArgumentException malformed) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
