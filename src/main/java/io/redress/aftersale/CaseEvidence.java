package io.redress.aftersale;

import io.redress.evidence.Evidence;
import io.redress.evidence.EvidenceKind;
import io.redress.evidence.EvidenceStore;
import io.redress.evidence.Visibility;
import io.redress.identity.Caller;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Evidence on cases for whoever may see them: the parties and agents upload, the parties see only what is
 * shared with both, agents' uploads stay with the platform.
 */
@Service
public class CaseEvidence {

    private final Cases cases;
    private final EvidenceStore store;

    CaseEvidence(Cases cases, EvidenceStore store) {
        this.cases = cases;
        this.store = store;
    }

    /** A file and what it is; null fields are reported as 400 once the caller may act on the case. */
    public record Upload(EvidenceKind kind, String note, byte[] content) {
    }

    /** Stores the upload on a case the caller takes part in (404 otherwise), as that party's evidence. */
    public Evidence upload(Caller caller, String caseId, Upload upload) {
        Case c = visible(caller, caseId);
        Actor actor = CaseAccess.actor(caller, c).orElseThrow(() -> new ResourceNotFound("case", caseId));
        List<InvalidField> errors = new ArrayList<>();
        if (upload.content() == null || upload.content().length == 0) {
            errors.add(new InvalidField("file", "a non-empty file is required"));
        }
        if (upload.kind() == null) {
            errors.add(new InvalidField("kind", "is required"));
        }
        if (upload.note() != null && upload.note().length() > 2000) {
            errors.add(new InvalidField("note", "at most 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Visibility visibility = actor == Actor.BUYER || actor == Actor.SELLER ? Visibility.BOTH : Visibility.PLATFORM;
        return store.add(new EvidenceStore.Upload(c.caseId(), upload.kind(), upload.note(), upload.content(),
                caller.name(), actor.name(), visibility));
    }

    /** The case's evidence the caller may see, oldest first; 404 when the caller may not see the case. */
    public List<Evidence> list(Caller caller, String caseId) {
        Case c = visible(caller, caseId);
        return store.ofCase(c.caseId()).stream().filter(e -> sees(caller, e)).toList();
    }

    /** A piece of evidence and its bytes, under the same visibility as {@link #list}; 404 otherwise. */
    public Download download(Caller caller, String evidenceId) {
        Evidence evidence = store.find(evidenceId)
                .filter(e -> cases.find(e.caseId()).filter(c -> CaseAccess.visible(caller, c)).isPresent())
                .filter(e -> sees(caller, e))
                .orElseThrow(() -> new ResourceNotFound("evidence", evidenceId));
        return new Download(evidence, store.content(evidenceId));
    }

    /** Evidence metadata with the stored bytes. */
    public record Download(Evidence evidence, byte[] content) {
    }

    /** 422 naming evidenceIds unless each id is evidence the acting party uploaded on this case. */
    void requireOwn(Case c, Actor actor, List<String> evidenceIds) {
        if (evidenceIds != null && !evidenceIds.isEmpty()) {
            store.requireOwn(c.caseId(), actor.name(), evidenceIds);
        }
    }

    private static boolean sees(Caller caller, Evidence evidence) {
        return evidence.visibility() == Visibility.BOTH || CaseAccess.seesAll(caller);
    }

    private Case visible(Caller caller, String caseId) {
        return cases.find(caseId).filter(c -> CaseAccess.visible(caller, c))
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
    }
}
