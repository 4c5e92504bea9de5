/**
 * Routes outside the platform: the case dossier (案件材料) a party or an agent downloads as PDF, JSON or a zip with
 * the evidence files, assembled from ordered {@link io.redress.dossier.DossierSection sections} that any module may
 * contribute; and the parties' "what can I do now" routes (negotiate, the platform, appeal, post-refund requests,
 * complaints, 12315, court). See docs/dossier.md.
 */
package io.redress.dossier;
