package io.redress.aftersale.web;

import io.redress.aftersale.CaseEvidence;
import io.redress.evidence.Evidence;
import io.redress.evidence.EvidenceKind;
import io.redress.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files on cases: upload by the parties and agents, listing and download under the case's visibility. */
@RestController
class EvidenceController {

    private final CaseEvidence evidence;
    private final ZoneId zone;

    EvidenceController(CaseEvidence evidence, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.evidence = evidence;
        this.zone = zone;
    }

    /** What an upload answers: the id to cite in evidenceIds and the SHA-256 of the stored bytes. */
    record Uploaded(String evidenceId, String sha256) {
    }

    /** The multipart form of an upload, as the document describes it (the handler reads its parts one by one). */
    @Schema(name = "EvidenceUpload", requiredProperties = {"file", "kind"})
    record UploadForm(
            @Schema(type = "string", format = "binary", description = "the file; its content must fit the kind")
            String file,
            EvidenceKind kind,
            @Schema(maxLength = 2000, description = "what the file shows") String note) {
    }

    /** An evidence record without its bytes. */
    record EvidenceView(String evidenceId, String caseId, EvidenceKind kind, String note, String contentType,
            long size, String sha256, String uploader, String uploaderRole, String visibility,
            OffsetDateTime createdAt) {

        static EvidenceView of(Evidence e, ZoneId zone) {
            return new EvidenceView(e.evidenceId(), e.caseId(), e.kind(), e.note(), e.contentType(), e.size(),
                    e.sha256(), e.uploader(), e.uploaderRole(), e.visibility().name(), CaseView.local(e.createdAt(), zone));
        }
    }

    // file and kind are optional in the mapping so that a caller who may not see the case gets 404 before 400
    @PostMapping("/api/v1/cases/{caseId}/evidence")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload evidence on a case", description = "Roles: the case's buyer, its shop's staff, "
            + "agents. The file's content must match the kind (images for PHOTO, MP4 for VIDEO, PDF or images for "
            + "documents, UTF-8 for TEXT); agents' uploads are seen by the platform only.")
    @ApiResponse(responseCode = "201", description = "Stored; cite evidenceId in evidenceIds of refusals and appeals")
    @ApiResponse(responseCode = "400", description = "No file, no kind, or a note over 2000 characters")
    @ApiResponse(responseCode = "401", description = "No valid credentials")
    @ApiResponse(responseCode = "403", description = "The role may not upload evidence")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller takes no part in it")
    @ApiResponse(responseCode = "413", description = "The file is larger than its kind allows")
    @ApiResponse(responseCode = "415", description = "The file's content is not a format its kind may take")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class),
            examples = @ExampleObject(name = "photo", summary = "A photo of the damage",
                    value = "{\"file\": \"(the JPEG's bytes)\", \"kind\": \"PHOTO\", \"note\": \"crack on the lid\"}")))
    Uploaded upload(@PathVariable String caseId, @Parameter(hidden = true) @RequestParam(required = false) MultipartFile file,
            @Parameter(hidden = true) @RequestParam(required = false) EvidenceKind kind,
            @Parameter(hidden = true) @RequestParam(required = false) String note)
            throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        Evidence stored = evidence.upload(Caller.current(), caseId, new CaseEvidence.Upload(kind, note, content));
        return new Uploaded(stored.evidenceId(), stored.sha256());
    }

    @GetMapping("/api/v1/cases/{caseId}/evidence")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A case's evidence", description = "Roles: any who may see the case. Metadata only, oldest "
            + "first; the parties do not see evidence kept for the platform.")
    @ApiResponse(responseCode = "200", description = "The evidence the caller may see")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    List<EvidenceView> list(@PathVariable String caseId) {
        return evidence.list(Caller.current(), caseId).stream().map(e -> EvidenceView.of(e, zone)).toList();
    }

    @GetMapping("/api/v1/evidence/{evidenceId}/content")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Download a piece of evidence", description = "Roles: any who may see it in the case's list.")
    @ApiResponse(responseCode = "200", description = "The stored bytes, with the content type found in them")
    @ApiResponse(responseCode = "404", description = "No such evidence, or the caller may not see it")
    ResponseEntity<byte[]> content(@PathVariable String evidenceId) {
        CaseEvidence.Download download = evidence.download(Caller.current(), evidenceId);
        Evidence e = download.evidence();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + e.evidenceId() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }
}
