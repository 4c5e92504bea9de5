package io.redress.dossier;

import java.util.Optional;
import org.springframework.core.Ordered;

/**
 * One part of a case dossier. Every Spring bean implementing it contributes its part to every dossier, in
 * {@link #getOrder()} order (lowest first); a module adds a part by declaring a bean, without touching the others.
 * A section writes what {@link DossierRequest#viewer()} may see of the case, and nothing when it has nothing to say
 * (empty). The verification section, with the files' hashes, always comes last and is not a section.
 */
public interface DossierSection extends Ordered {

    /** What this section says of the case, for the request's reader and language; empty to leave it out. */
    Optional<SectionContent> write(DossierRequest request);
}
