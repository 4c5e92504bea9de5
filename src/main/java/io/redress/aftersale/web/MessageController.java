package io.redress.aftersale.web;

import io.redress.aftersale.CaseMessage;
import io.redress.aftersale.CaseMessages;
import io.redress.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The negotiation on the record: messages on a case, written once, read by whoever may see the case. */
@RestController
class MessageController {

    private final CaseMessages messages;
    private final ZoneId zone;

    MessageController(CaseMessages messages, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** A message to write: its text and, optionally, ids of the author's own evidence on the case. */
    record MessageBody(@Schema(maxLength = CaseMessage.MAX_TEXT, example = "The seam tore on the first wash.",
            requiredMode = Schema.RequiredMode.REQUIRED)
            String text, @Size(max = CaseMessages.MAX_CITED) List<@NotBlank @Size(max = 64) String> evidenceIds) {
    }

    /** A message as stored: never changed after it was written. */
    record MessageView(String messageId, String caseId, String author,
            @Schema(allowableValues = {"BUYER", "SELLER", "AGENT", "SENIOR_AGENT"}) String authorRole, String text,
            List<String> evidenceIds, @Schema(description = "the case version when it was written") long caseVersion,
            String caseStatus, OffsetDateTime writtenAt) {

        static MessageView of(CaseMessage m, ZoneId zone) {
            return new MessageView(m.messageId(), m.caseId(), m.author(), m.authorRole().name(), m.text(),
                    m.evidenceIds(), m.caseVersion(), m.caseStatus().name(), CaseView.local(m.writtenAt(), zone));
        }
    }

    @PostMapping("/api/v1/cases/{caseId}/messages")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Write a message on a case", description = "Roles: the case's buyer, its shop's staff, and "
            + "agents once the case was brought to the platform. text 1.." + CaseMessage.MAX_TEXT + " characters; "
            + "evidenceIds may cite only evidence the author uploaded on this case. Messages are never changed or "
            + "deleted; both parties and the platform read them, and they appear on the timeline.")
    @ApiResponse(responseCode = "201", description = "The message as stored")
    @ApiResponse(responseCode = "400", description = "No text, text too long, or malformed evidenceIds")
    @ApiResponse(responseCode = "403", description = "The role may not write messages")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller takes no part in it")
    @ApiResponse(responseCode = "409", description = "An agent on a case not brought to the platform")
    @ApiResponse(responseCode = "422", description = "A cited id is not the author's evidence on this case")
    ResponseEntity<MessageView> write(@PathVariable String caseId, @Valid @RequestBody MessageBody body) {
        CaseMessage written = messages.write(Caller.current(), caseId,
                new CaseMessages.Draft(body.text(), body.evidenceIds()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/messages/" + written.messageId()))
                .body(MessageView.of(written, zone));
    }

    @GetMapping("/api/v1/cases/{caseId}/messages")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A case's messages", description = "Roles: any who may see the case; oldest first. Cited "
            + "evidence the caller may not open is left out of evidenceIds.")
    @ApiResponse(responseCode = "200", description = "The messages")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    List<MessageView> list(@PathVariable String caseId) {
        return messages.list(Caller.current(), caseId).stream().map(m -> MessageView.of(m, zone)).toList();
    }
}
