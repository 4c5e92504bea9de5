package io.redress.quality;

/**
 * One agent's measures, over everything kept: disputes they answered first and the average time from the dispute's
 * opening to that first claim; rulings they made and the average time from their claim to the ruling; how many of
 * those were sampled, re-reviewed and agreed with ({@code agreementRate}, 0 to 1, null before any review); and
 * complaints against the platform on cases they held.
 */
public record AgentMetrics(String agent, long firstResponses, Long firstResponseAverageSeconds, long rulings,
        Long rulingAverageSeconds, long sampled, long reviewed, long agreed, Double agreementRate,
        long complaintsAboutHandling) {
}
