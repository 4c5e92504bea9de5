package io.redress;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Who may call which endpoint of the API, one row per endpoint. The columns are the callers of
 * {@link Column}; "own" resources belong to buyer-1 / shop-1, "foreign" ones to buyer-2 / shop-2.
 * A cell says what the caller must get: {@code 2xx} (allowed), {@code 401}, {@code 403} (the role may
 * never act here) or {@code 404} (the caller may not see this resource, and must not learn that it exists);
 * {@code -} where a row has no resource, so "foreign" means nothing; another status where the fixtures cannot
 * reach a 2xx and a rule problem proves the caller got past authorization.
 */
final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    /** The callers, left to right as in the table. Staff roles see every resource, so they act on the own side. */
    enum Column {
        ANONYMOUS("anonymous", null, Side.OWN),
        INVALID_TOKEN("an invalid token", null, Side.OWN),
        MARKETPLACE("MARKETPLACE", null, Side.OWN),
        BUYER_OWN("BUYER", "buyer1", Side.OWN),
        BUYER_FOREIGN("BUYER", "buyer1", Side.FOREIGN),
        SELLER_OWN("SELLER", "seller1", Side.OWN),
        SELLER_FOREIGN("SELLER", "seller1", Side.FOREIGN),
        AGENT("AGENT", "agent1", Side.OWN),
        SENIOR_AGENT("SENIOR_AGENT", "senior1", Side.OWN),
        AUDITOR("AUDITOR", "auditor1", Side.OWN),
        ADMIN("ADMIN", "admin1", Side.OWN);

        final String label;
        final String username;
        final Side side;

        Column(String label, String username, Side side) {
            this.label = label;
            this.username = username;
            this.side = side;
        }

        boolean scoped() {
            return this == BUYER_OWN || this == BUYER_FOREIGN || this == SELLER_OWN || this == SELLER_FOREIGN;
        }
    }

    /** Whose resource a request is about: buyer-1's order in shop-1, or buyer-2's order in shop-2. */
    enum Side {
        OWN, FOREIGN
    }

    /**
     * What a row's path is about, and how a cell gets its path variables (the resource's id first): fresh per
     * cell where the request changes it.
     */
    record Resource(String noun, BiFunction<MatrixFixtures, Column, Map<String, Object>> variables) {

        static final Resource NONE = new Resource("", (fixtures, column) -> Map.of());
        static final Resource ORDER = new Resource("order", (fixtures, column) -> Map.of("orderId", fixtures.order(column.side)));
        static final Resource FRESH_ORDER = new Resource("order (new per cell)",
                (fixtures, column) -> Map.of("orderId", fixtures.freshOrder(column.side)));
        static final Resource FRESH_SERVICE_KEY = new Resource("service key (new per cell)",
                (fixtures, column) -> Map.of("keyId", fixtures.freshServiceKey()));
        static final Resource LEDGER_ACCOUNT = new Resource("ledger account",
                (fixtures, column) -> Map.of("account", fixtures.ledgerAccount()));
        static final Resource POLICY_PROFILE = new Resource("policy profile",
                (fixtures, column) -> Map.of("profile", fixtures.policyProfile()));
        static final Resource FRESH_POLICY_PROFILE = new Resource("policy profile (new per cell)",
                (fixtures, column) -> Map.of("profile", fixtures.freshPolicyProfile()));
        static final Resource UNPARKED_REFUND_ATTEMPT = new Resource("refund attempt that is not parked",
                (fixtures, column) -> Map.of("externalKey", "matrix-" + UUID.randomUUID()));
        static final Resource UNKNOWN_REFUND_AUDIT = new Resource("refund audit run that does not exist",
                (fixtures, column) -> Map.of("runId", "RA-matrix-" + UUID.randomUUID()));
        static final Resource UNKNOWN_QA_SAMPLE = new Resource("quality sample that does not exist",
                (fixtures, column) -> Map.of("sampleId", "QA-matrix-" + UUID.randomUUID()));
        static final Resource REPORT = new Resource("report", (fixtures, column) -> Map.of("name", "refund-rate"));
        static final Resource UNKNOWN_POST_REFUND_REQUEST = unknown("post-refund request", "requestId", "PR", "withdraw");
        static final Resource UNKNOWN_RECEIVABLE = unknown("receivable", "receivableId", "RC", "pay");
        static final Resource UNKNOWN_SIMULATION = new Resource("simulation run that does not exist",
                (fixtures, column) -> Map.of("id", "SIM-does-not-exist"));
        static final Resource ORDER_IN_BODY = new Resource("order (named in the body)", (fixtures, column) -> Map.of());
        static final Resource CASE_IN_BODY = new Resource("case (named in the body)", (fixtures, column) -> Map.of());
        static final Resource FRESH_COMPLAINT = new Resource("complaint (new per cell)",
                (fixtures, column) -> {
                    Map<String, Object> variables = new LinkedHashMap<>();
                    variables.put("complaintId", fixtures.freshComplaint());
                    variables.put("action", "acknowledge");
                    return variables;
                });
        static final Resource CASE = new Resource("case", (fixtures, column) -> Map.of("caseId", fixtures.theCase(column.side)));
        static final Resource FRESH_CASE = new Resource("case (new per cell)", (fixtures, column) -> {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("caseId", fixtures.freshCase(column.side));
            variables.put("action", column == Column.SELLER_OWN || column == Column.SELLER_FOREIGN ? "agree" : "cancel");
            return variables;
        });
        static final Resource DISPUTE = new Resource("case with a dispute",
                (fixtures, column) -> Map.of("caseId", fixtures.dispute(column.side)));
        static final Resource FRESH_DISPUTE = new Resource("case with a dispute (new per cell)", (fixtures, column) -> {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("caseId", fixtures.freshDispute(column.side));
            variables.put("action", column == Column.SELLER_OWN || column == Column.SELLER_FOREIGN ? "suspend"
                    : column == Column.BUYER_OWN || column == Column.BUYER_FOREIGN ? "withdraw" : "claim");
            return variables;
        });
        static final Resource EVIDENCE = new Resource("evidence",
                (fixtures, column) -> Map.of("evidenceId", fixtures.evidence(column.side)));
        static final Resource FRESH_WEBHOOK_ENDPOINT = new Resource("webhook endpoint (new per cell)",
                (fixtures, column) -> {
                    Map<String, Object> variables = new LinkedHashMap<>();
                    variables.put("endpointId", fixtures.freshWebhookEndpoint());
                    variables.put("action", "disable");
                    return variables;
                });
        static final Resource PENDING_WEBHOOK_DELIVERY = new Resource("webhook delivery still pending",
                (fixtures, column) -> Map.of("deliveryId", fixtures.pendingWebhookDelivery()));
        static final Resource PARTY = new Resource("party", (fixtures, column) -> MatrixFixtures.party(column));
        static final Resource PENALTY = new Resource("penalty",
                (fixtures, column) -> Map.of("penaltyId", fixtures.penalty(column)));
        static final Resource FRESH_PENALTY = new Resource("penalty (new per cell)", (fixtures, column) -> {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("penaltyId", fixtures.freshPenalty(column));
            variables.put("action", column.scoped() ? "appeal" : "revoke");
            return variables;
        });
        static final Resource FRESH_USER = new Resource("user (new per cell)",
                (fixtures, column) -> Map.of("username", fixtures.freshUser()));

        /** A resource of that noun that does not exist, and the action a cell asks for on it. */
        private static Resource unknown(String noun, String idName, String prefix, String action) {
            return new Resource(noun + " that does not exist", (fixtures, column) -> {
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put(idName, prefix + "-matrix-" + UUID.randomUUID());
                variables.put("action", action);
                return variables;
            });
        }
    }

    /** One endpoint: its method and path template as Spring maps it, how to call it, and the expected answers. */
    record Row(String method, String path, Resource resource, BiFunction<MatrixFixtures, Column, String> body,
            List<String> expected) {

        Row {
            if (expected.size() != Column.values().length) {
                throw new IllegalArgumentException(method + " " + path + ": " + expected.size() + " cells for "
                        + Column.values().length + " columns");
            }
        }

        String endpoint() {
            return method + " " + path;
        }

        String expected(Column column) {
            return expected.get(column.ordinal());
        }
    }

    private static Row row(String cells, String method, String path, Resource resource,
            BiFunction<MatrixFixtures, Column, String> body) {
        return new Row(method, path, resource, body, Arrays.asList(cells.trim().split("\\s+")));
    }

    private static final BiFunction<MatrixFixtures, Column, String> NO_BODY = (fixtures, column) -> null;

    // @formatter:off
    static final List<Row> ROWS = List.of(
        //                 buyer     seller
        //   anon inv  MKT  own  for  own  for  AGT  SNR  AUD  ADM
        row("2xx  401  2xx  2xx  -    2xx  -    2xx  2xx  2xx  2xx", "POST", "/api/v1/auth/token", Resource.NONE, MatrixFixtures::login),
        row("401  401  2xx  2xx  -    2xx  -    2xx  2xx  2xx  2xx", "GET",  "/api/v1/auth/me", Resource.NONE, NO_BODY),

        row("401  401  2xx  403  -    403  -    403  403  403  403", "POST", "/api/v1/orders", Resource.NONE, MatrixFixtures::newOrder),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/orders/{orderId}", Resource.ORDER, NO_BODY),
        row("401  401  2xx  403  403  403  403  403  403  403  403", "POST", "/api/v1/orders/{orderId}/fulfilment", Resource.FRESH_ORDER, MatrixFixtures::shipped),
        row("401  401  403  2xx  404  2xx  404  2xx  2xx  403  403", "POST", "/api/v1/orders/{orderId}/refund-quotes", Resource.ORDER, MatrixFixtures::quote),

        row("401  401  403  403  -    403  -    403  403  403  2xx", "GET",  "/api/v1/admin/clock", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/clock/advance", Resource.NONE, MatrixFixtures::oneSecond),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "GET",  "/api/v1/admin/service-keys", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/service-keys", Resource.NONE, MatrixFixtures::newServiceKey),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/service-keys/{keyId}/revoke", Resource.FRESH_SERVICE_KEY, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "GET",  "/api/v1/admin/users", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/users", Resource.NONE, MatrixFixtures::newUser),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/users/{username}/disable", Resource.FRESH_USER, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/users/{username}/enable", Resource.FRESH_USER, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "GET",  "/api/v1/admin/shops", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/shops", Resource.NONE, MatrixFixtures::newShop),

        // a buyer applies on an order named in the body: a foreign order is hidden like a case
        row("401  401  403  2xx  404  403  403  403  403  403  403", "POST", "/api/v1/cases", Resource.ORDER_IN_BODY, MatrixFixtures::application),
        row("401  401  2xx  2xx  -    2xx  -    2xx  2xx  2xx  2xx", "GET",  "/api/v1/cases", Resource.NONE, NO_BODY),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/cases/{caseId}", Resource.CASE, NO_BODY),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/cases/{caseId}/timeline", Resource.CASE, NO_BODY),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/cases/{caseId}/refunds", Resource.CASE, NO_BODY),
        // the fixture case has no refused refund leg: the admin's 409 is the rule, past authorization
        row("401  401  403  403  403  403  403  403  403  403  409", "POST", "/api/v1/cases/{caseId}/refunds/retry", Resource.CASE, NO_BODY),
        // the parties and agents may upload; without a file the 400 shows they got past authorization
        row("401  401  403  400  404  400  404  400  400  403  403", "POST", "/api/v1/cases/{caseId}/evidence", Resource.CASE, NO_BODY),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/cases/{caseId}/evidence", Resource.CASE, NO_BODY),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/evidence/{evidenceId}/content", Resource.EVIDENCE, NO_BODY),
        // the parties write on their case; agents only once it is at the platform (409 past authorization)
        row("401  401  403  2xx  404  2xx  404  409  409  403  403", "POST", "/api/v1/cases/{caseId}/messages", Resource.CASE, MatrixFixtures::message),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/cases/{caseId}/messages", Resource.CASE, NO_BODY),
        // the case dossier: its parties, agents and auditors (read-only); the parties' routes panel
        row("401  401  403  2xx  404  2xx  404  2xx  2xx  2xx  403", "GET",  "/api/v1/cases/{caseId}/dossier.pdf", Resource.CASE, NO_BODY),
        row("401  401  403  2xx  404  2xx  404  2xx  2xx  2xx  403", "GET",  "/api/v1/cases/{caseId}/dossier.json", Resource.CASE, NO_BODY),
        row("401  401  403  2xx  404  2xx  404  2xx  2xx  2xx  403", "GET",  "/api/v1/cases/{caseId}/dossier.zip", Resource.CASE, NO_BODY),
        row("401  401  403  2xx  404  2xx  404  403  403  403  403", "GET",  "/api/v1/cases/{caseId}/routes", Resource.CASE, NO_BODY),
        row("401  401  403  2xx  -    2xx  -    2xx  2xx  403  403", "GET",  "/api/v1/inbox", Resource.NONE, NO_BODY),
        // the buyer cancels, seller staff agree, on a case just opened (version 1)
        row("401  401  403  2xx  404  2xx  404  403  403  403  403", "POST", "/api/v1/cases/{caseId}/{action}", Resource.FRESH_CASE, MatrixFixtures::firstVersion),

        row("401  401  403  403  -    403  -    403  403  2xx  2xx", "GET",  "/api/v1/admin/policies", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  2xx  2xx", "GET",  "/api/v1/admin/policies/{profile}/versions", Resource.POLICY_PROFILE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/admin/policies/{profile}/versions", Resource.FRESH_POLICY_PROFILE, MatrixFixtures::urgentPolicy),

        row("401  401  403  403  -    403  -    403  403  2xx  2xx", "GET",  "/api/v1/ledger/accounts", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  2xx  2xx", "GET",  "/api/v1/ledger/accounts/{account}/entries", Resource.LEDGER_ACCOUNT, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  2xx  2xx", "GET",  "/api/v1/ledger/reconciliation", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  2xx  2xx", "GET",  "/api/v1/ledger/reconciliation.csv", Resource.NONE, NO_BODY),
        row("401  401  403  2xx  404  2xx  404  403  403  403  403", "POST", "/api/v1/complaints", Resource.CASE_IN_BODY, MatrixFixtures::complaint),
        row("401  401  403  2xx  -    2xx  -    2xx  2xx  2xx  2xx", "GET",  "/api/v1/complaints", Resource.NONE, NO_BODY),
        row("401  401  403  403  403  403  403  2xx  2xx  403  403", "POST", "/api/v1/complaints/{complaintId}/{action}", Resource.FRESH_COMPLAINT, MatrixFixtures::firstVersion),
        row("401  401  403  403  -    403  -    403  2xx  2xx  2xx", "GET",  "/api/v1/quality/samples", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  2xx  2xx  2xx", "GET",  "/api/v1/quality/agents", Resource.NONE, NO_BODY),
        // no such sample: the senior agent's 404 is past authorization
        row("401  401  403  403  403  403  403  403  404  403  403", "POST", "/api/v1/quality/samples/{sampleId}/review", Resource.UNKNOWN_QA_SAMPLE,
                (fixtures, column) -> "{\"verdict\":\"AGREE\",\"reasons\":\"matrix\"}"),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  403", "GET",  "/api/v1/parties/{partyType}/{partyId}/standing", Resource.PARTY, NO_BODY),
        row("401  401  2xx  403  403  403  403  403  403  403  403", "POST", "/api/v1/parties/{partyType}/{partyId}/signals", Resource.PARTY, MatrixFixtures::signal),
        row("401  401  2xx  2xx  -    2xx  -    2xx  2xx  2xx  403", "GET",  "/api/v1/penalties", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    2xx  2xx  403  403", "POST", "/api/v1/penalties", Resource.NONE, MatrixFixtures::newPenalty),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  403", "GET",  "/api/v1/penalties/{penaltyId}", Resource.PENALTY, NO_BODY),
        row("401  401  403  2xx  404  2xx  404  2xx  2xx  403  403", "POST", "/api/v1/penalties/{penaltyId}/{action}", Resource.FRESH_PENALTY, MatrixFixtures::penaltyAction),
        row("401  401  403  403  -    403  -    403  403  2xx  403", "GET",  "/api/v1/audit/events", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  2xx  403", "GET",  "/api/v1/audit/digests", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  2xx  403", "GET",  "/api/v1/audit/chain", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  2xx  403", "POST", "/api/v1/refund-audits", Resource.NONE,
                (fixtures, column) -> "{\"from\":\"2026-11-01\",\"to\":\"2026-11-01\"}"),
        row("401  401  403  403  -    403  -    403  403  2xx  403", "GET",  "/api/v1/refund-audits", Resource.NONE, NO_BODY),
        // no such run: the auditor's 404 is past authorization
        row("401  401  403  403  -    403  -    403  403  404  403", "GET",  "/api/v1/refund-audits/{runId}", Resource.UNKNOWN_REFUND_AUDIT, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  404  403", "GET",  "/api/v1/refund-audits/{runId}.csv", Resource.UNKNOWN_REFUND_AUDIT, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  404  403", "GET",  "/api/v1/refund-audits/{runId}/report", Resource.UNKNOWN_REFUND_AUDIT, NO_BODY),
        // an invalid scenario: the admin's 400 is past authorization (a valid one would play two applications)
        row("401  401  403  403  -    403  -    403  403  403  400", "POST", "/api/v1/simulations", Resource.NONE,
                (fixtures, column) -> "{\"scenario\":{\"orders\":0},\"policy\":\"taobao@1\",\"against\":\"jd@1\"}"),
        row("401  401  403  403  -    403  -    403  403  404  404", "GET",  "/api/v1/simulations/{id}", Resource.UNKNOWN_SIMULATION, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  404  404", "GET",  "/api/v1/simulations/{id}.csv", Resource.UNKNOWN_SIMULATION, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  404  404", "GET",  "/api/v1/simulations/{id}/report", Resource.UNKNOWN_SIMULATION, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "GET",  "/api/v1/admin/users/{username}/audit-scope", Resource.FRESH_USER, NO_BODY),
        row("401  401  403  403  -    403  -    403  403  403  2xx", "PUT",  "/api/v1/admin/users/{username}/audit-scope", Resource.FRESH_USER,
                (fixtures, column) -> "{\"shops\":[\"shop-2\"]}"),

        row("401  401  403  403  -    403  -    403  2xx  2xx  2xx", "GET",  "/api/v1/refund-attempts/attention", Resource.NONE, NO_BODY),
        // nothing is parked in the fixtures: the admin's 409 "not parked" is the rule, past authorization
        row("401  401  403  403  -    403  -    403  403  403  409", "POST", "/api/v1/refund-attempts/{externalKey}/resume", Resource.UNPARKED_REFUND_ATTEMPT, NO_BODY),
        // webhooks belong to the marketplace's service key; an admin sees every endpoint
        row("401  401  2xx  403  -    403  -    403  403  403  2xx", "GET",  "/api/v1/webhooks/endpoints", Resource.NONE, NO_BODY),
        row("401  401  2xx  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/webhooks/endpoints", Resource.NONE, MatrixFixtures::newWebhookEndpoint),
        row("401  401  2xx  403  403  403  403  403  403  403  2xx", "POST", "/api/v1/webhooks/endpoints/{endpointId}/{action}", Resource.FRESH_WEBHOOK_ENDPOINT, NO_BODY),
        row("401  401  2xx  403  -    403  -    403  403  403  2xx", "GET",  "/api/v1/webhooks/deliveries", Resource.NONE, NO_BODY),
        row("401  401  2xx  403  -    403  -    403  403  403  2xx", "POST", "/api/v1/webhooks/deliveries/replay", Resource.NONE, MatrixFixtures::replayMany),
        // a pending delivery is not replayed: the 409 shows the caller got past authorization
        row("401  401  409  403  403  403  403  403  403  403  409", "POST", "/api/v1/webhooks/deliveries/{deliveryId}/replay", Resource.PENDING_WEBHOOK_DELIVERY, NO_BODY),
        // the PSP's credential is the signature of the body, never a bearer token (the signed call is its own test)
        row("401  401  403  403  -    403  -    2xx  2xx  403  403", "GET",  "/api/v1/interventions", Resource.NONE, NO_BODY),
        row("401  401  403  403  -    403  -    2xx  2xx  403  403", "GET",  "/api/v1/interventions/agents", Resource.NONE, NO_BODY),
        row("401  401  403  2xx  404  2xx  404  2xx  2xx  403  403", "GET",  "/api/v1/interventions/{caseId}", Resource.DISPUTE, NO_BODY),
        row("401  401  403  2xx  404  2xx  404  2xx  2xx  403  403", "POST", "/api/v1/interventions/{caseId}/{action}", Resource.FRESH_DISPUTE, MatrixFixtures::disputeAction),
        row("401  401  403  403  403  403  403  2xx  2xx  403  403", "POST", "/api/v1/cases/{caseId}/notes", Resource.CASE, MatrixFixtures::note),
        row("401  401  403  403  403  403  403  2xx  2xx  403  403", "GET",  "/api/v1/cases/{caseId}/notes", Resource.CASE, NO_BODY),
        // reports: staff see every shop, a seller its own (ReportsIntegrationTest: another shop is 404)
        row("401  401  403  403  -    2xx  -    2xx  2xx  2xx  2xx", "GET",  "/api/v1/reports/{name}", Resource.REPORT, NO_BODY),
        row("401  401  403  403  -    2xx  -    2xx  2xx  2xx  2xx", "GET",  "/api/v1/reports/{name}.csv", Resource.REPORT, NO_BODY),

        // after a refund: the class's case is not refunded, so a party's request is a 409 past authorization; an
        // unknown request or receivable is 404 to those who may act on one and 403 to the roles that never do
        row("401  401  403  409  404  409  404  403  403  403  403", "POST", "/api/v1/cases/{caseId}/post-refund-requests", Resource.CASE, MatrixFixtures::reinstatement),
        row("401  401  2xx  2xx  404  2xx  404  2xx  2xx  2xx  2xx", "GET",  "/api/v1/cases/{caseId}/post-refund-requests", Resource.CASE, NO_BODY),
        row("401  401  2xx  2xx  -    2xx  -    2xx  2xx  2xx  2xx", "GET",  "/api/v1/post-refund-requests", Resource.NONE, NO_BODY),
        row("401  401  404  404  -    404  -    404  404  404  404", "GET",  "/api/v1/post-refund-requests/{requestId}", Resource.UNKNOWN_POST_REFUND_REQUEST, NO_BODY),
        row("401  401  403  404  -    404  -    403  404  403  403", "POST", "/api/v1/post-refund-requests/{requestId}/{action}", Resource.UNKNOWN_POST_REFUND_REQUEST, MatrixFixtures::firstVersion),
        row("401  401  2xx  2xx  -    2xx  -    2xx  2xx  2xx  2xx", "GET",  "/api/v1/receivables", Resource.NONE, NO_BODY),
        row("401  401  403  404  -    403  -    404  404  403  403", "POST", "/api/v1/receivables/{receivableId}/{action}", Resource.UNKNOWN_RECEIVABLE, MatrixFixtures::firstVersion),

        row("401  401  401  401  -    401  -    401  401  401  401", "POST", "/api/v1/psp/callbacks", Resource.NONE, MatrixFixtures::unsignedCallback));
    // @formatter:on
}
