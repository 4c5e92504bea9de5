package io.redress.dossier;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvidence;
import io.redress.dossier.internal.DossierDownloads;
import io.redress.dossier.internal.DossierJson;
import io.redress.dossier.internal.DossierPdf;
import io.redress.dossier.internal.DossierZip;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.OrderComparator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case dossiers: assembles the sections for one reader (404 for a case they may not see; what they may see of it),
 * writes the JSON, the PDF (which prints the JSON's SHA-256 and how to check every file) or the zip of both with the
 * evidence files, and records each download on the case's timeline and in the audit trail.
 */
@Service
public class Dossiers {

    private final CaseDesk desk;
    private final CaseEvidence evidence;
    private final ObjectProvider<DossierSection> sections;
    private final DossierJson json;
    private final DossierPdf pdf;
    private final DossierDownloads downloads;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    Dossiers(CaseDesk desk, CaseEvidence evidence, ObjectProvider<DossierSection> sections, DossierJson json,
            DossierPdf pdf, DossierDownloads downloads, ApplicationEventPublisher events, MessageSource messages,
            Clock clock, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.desk = desk;
        this.evidence = evidence;
        this.sections = sections;
        this.json = json;
        this.pdf = pdf;
        this.downloads = downloads;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /** A file handed out: its name, content type, bytes and their SHA-256. */
    public record Download(String filename, DossierFormat format, byte[] content, String sha256) {

        /** The file as an HTTP answer: an attachment of its content type, its SHA-256 in X-Content-SHA256. */
        public ResponseEntity<byte[]> response() {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(filename).build().toString())
                    .header("X-Content-SHA256", sha256)
                    .body(content);
        }
    }

    /** The dossier of the case for the caller, as data; nothing is recorded. */
    @Transactional(readOnly = true)
    public CaseDossier assemble(Caller caller, String caseId, Locale locale) {
        Case c = desk.find(caller, caseId).detail();
        Actor party = desk.actor(caller, c).orElse(null);
        if (party == null && !caller.has(Role.AUDITOR)) {
            throw new ResourceNotFound("case", caseId);
        }
        DossierRequest request = new DossierRequest(c, caller, party, locale, zone, clock.instant(), messages);
        List<DossierSection> ordered = new ArrayList<>(sections.stream().toList());
        ordered.sort(OrderComparator.INSTANCE);
        List<SectionContent> written = ordered.stream().map(s -> s.write(request)).flatMap(Optional::stream).toList();
        return new CaseDossier(c.caseId(), request.generatedAt(), caller.name(),
                party == null ? Role.AUDITOR.name() : party.name(), locale.toLanguageTag(), written);
    }

    /**
     * The dossier in {@code format} for the caller, recorded as downloaded (timeline entry and audit fact in this
     * transaction). 404 for a case the caller may not see.
     */
    @Transactional
    public Download download(Caller caller, String caseId, DossierFormat format, Locale locale) {
        CaseDossier dossier = assemble(caller, caseId, locale);
        byte[] jsonBytes = json.write(dossier);
        String jsonHash = DossierZip.sha256(jsonBytes);
        byte[] content = switch (format) {
            case JSON -> jsonBytes;
            case PDF -> pdf.render(dossier, jsonHash, locale);
            case ZIP -> {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (SectionContent.EvidenceFile file : dossier.files()) {
                    files.put(DossierZip.evidenceName(file), evidence.download(caller, file.evidenceId()).content());
                }
                yield DossierZip.write(pdf.render(dossier, jsonHash, locale), jsonBytes, files);
            }
        };
        String hash = DossierZip.sha256(content);
        Case c = desk.find(caller, caseId).detail();
        Instant at = clock.instant();
        DossierDownloaded downloaded = downloads.record(c, caller.name(), dossier.party(), format,
                dossier.lang(), hash, at);
        events.publishEvent(downloaded);
        return new Download("dossier-" + c.caseId() + "." + format.extension, format, content, hash);
    }
}
