package io.redress.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class ProblemDetailsIntegrationTest {

    static final String PROBLEMS = "https://redress.dev/problems/";
    static final String VALID = """
            {"name": "n", "amount": 100, "colour": "RED", "lines": [{"quantity": 1}], "nested": {"note": "x"}}""";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor marketplace() {
        return authentication(new TestingAuthenticationToken(
                new Caller("mk", Set.of(Role.MARKETPLACE), null, null), null, "ROLE_MARKETPLACE"));
    }

    ResultActions send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(marketplace()).with(csrf()));
    }

    ResultActions echo(String json) throws Exception {
        return send(post("/api/test/echo").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions expectFieldError(ResultActions result, String field, String message) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void validBodyPassesTheStrictReader() throws Exception {
        echo(VALID).andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(100));
    }

    @Test
    void beanValidationFailureNamesTheJsonPathAndTheRequestPath() throws Exception {
        expectFieldError(echo(VALID.replace("\"quantity\": 1", "\"quantity\": 0")), "lines[0].quantity", "greater than 0")
                .andExpect(jsonPath("$.instance").value("/api/test/echo"));
    }

    @Test
    void unknownFieldIsRejectedByName() throws Exception {
        expectFieldError(echo(VALID.replace("\"name\"", "\"size\": 3, \"name\"")), "size", "not a known field");
    }

    @Test
    void unknownFieldInANestedObjectIsNamedByItsPath() throws Exception {
        expectFieldError(echo(VALID.replace("{\"quantity\": 1}", "{\"quantity\": 1, \"sku\": \"a\"}")),
                "lines[0].sku", "not a known field");
    }

    @Test
    void textForANumberIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": \"abc\"")), "amount", "must be an integer");
    }

    @Test
    void numericTextForAnAmountIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": \"100\"")), "amount", "must be an integer");
    }

    @Test
    void numberForAnObjectIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("{\"note\": \"x\"}", "5")), "nested", "must be an object");
    }

    @Test
    void fractionForAnIntegerAmountIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": 19.9")), "amount", "must be an integer");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() throws Exception {
        expectFieldError(echo(VALID.replace("\"RED\"", "\"PURPLE\"")), "colour", "must be one of [RED, GREEN]");
    }

    @Test
    void numberForAnEnumIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("\"RED\"", "1")), "colour", "must be one of [RED, GREEN]");
    }

    @Test
    void amountBeyondLongRangeIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": 99999999999999999999")), "amount", "out of range");
    }

    @Test
    void negativeAmountIsRejectedByMinorUnits() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": -1")), "amount", "minor units");
    }

    @Test
    void absurdAmountIsRejectedByMinorUnits() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": 1000000000001")), "amount", "minor units");
    }

    @Test
    void missingPrimitiveFieldIsRequired() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100, ", "")), "amount", "is required");
    }

    @Test
    void nullForAPrimitiveIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": null")), "amount", "is required");
    }

    @Test
    void missingObjectFieldIsRequired() throws Exception {
        expectFieldError(echo(VALID.replace("\"colour\": \"RED\", ", "")), "colour", "must not be null");
    }

    @Test
    void fieldGivenTwiceIsRejectedByName() throws Exception {
        expectFieldError(echo(VALID.replace("\"amount\": 100", "\"amount\": 1, \"amount\": 100")), "amount", "more than once");
    }

    @Test
    void nestedFieldGivenTwiceIsNamedByItsPath() throws Exception {
        expectFieldError(echo(VALID.replace("{\"quantity\": 1}", "{\"quantity\": 1, \"quantity\": 2}")),
                "lines[0].quantity", "more than once");
    }

    @Test
    void malformedJsonIsAMalformedRequest() throws Exception {
        echo("{\"name\": ").andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"))
                .andExpect(jsonPath("$.detail").value("The request body is not well-formed JSON"));
    }

    @Test
    void trailingGarbageIsAMalformedRequest() throws Exception {
        echo(VALID + " {}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
    }

    @Test
    void missingBodyIsAMalformedRequest() throws Exception {
        send(post("/api/test/echo").contentType(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"))
                .andExpect(jsonPath("$.detail").value("The request body is missing"));
    }

    @Test
    void badPathVariableIsNamed() throws Exception {
        expectFieldError(send(get("/api/test/echo/abc?size=1").header("X-Shop", "s")), "id", "must be an integer");
    }

    @Test
    void badQueryParameterTypeIsNamed() throws Exception {
        expectFieldError(send(get("/api/test/echo/1?size=x").header("X-Shop", "s")), "size", "must be an integer");
    }

    @Test
    void invalidQueryParameterIsNamed() throws Exception {
        expectFieldError(send(get("/api/test/echo/1?size=0").header("X-Shop", "s")), "size", "greater than or equal to 1");
    }

    @Test
    void missingQueryParameterIsNamed() throws Exception {
        expectFieldError(send(get("/api/test/echo/1").header("X-Shop", "s")), "size", "is required");
    }

    @Test
    void missingRequiredHeaderIsNamed() throws Exception {
        expectFieldError(send(get("/api/test/echo/1?size=1")), "X-Shop", "header is required");
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        send(post("/api/test/echo").contentType(MediaType.TEXT_PLAIN).content("hi"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-media-type"));
    }

    @Test
    void notAcceptableIs406() throws Exception {
        send(get("/api/test/csv").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-acceptable"));
    }

    @Test
    void notAcceptableStillAnswersAProblemBody() throws Exception {
        mvc.perform(get("/api/v1/admin/clock").accept(MediaType.IMAGE_PNG)
                        .with(authentication(new TestingAuthenticationToken("admin1", null, "ROLE_ADMIN"))))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-acceptable"));
    }

    @Test
    void unknownApiRouteIsA404Problem() throws Exception {
        send(get("/api/v1/no-such-thing")).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"))
                .andExpect(jsonPath("$.detail").value("No endpoint GET /api/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        send(put("/api/test/echo").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "method-not-allowed"));
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        String big = VALID.replace("\"n\"", "\"" + "x".repeat(1024 * 1024) + "\"");
        echo(big).andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "content-too-large"));
    }

    @Test
    void multipartOverItsLimitIs413() throws Exception {
        send(multipart("/api/test/upload").file("file", new byte[10]))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "content-too-large"));
    }

    @Test
    void aMultipartBodyTheContainerCannotTakeApartIs400() throws Exception {
        send(multipart("/api/test/broken-upload").file("file", new byte[10]))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
    }

    @Test
    void aNumberForAStringIsRejected() throws Exception {
        expectFieldError(echo(VALID.replace("\"name\": \"n\"", "\"name\": 5")), "name", "must be a string");
    }

    @Test
    void aBodyInUtf16IsMalformed() throws Exception {
        send(post("/api/test/echo").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-request"));
    }

    @Test
    void unexpectedFailureIsA500ThatRevealsNoInternals() throws Exception {
        send(get("/api/test/boom")).andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "internal-error"))
                .andExpect(jsonPath("$.correlationId").isNotEmpty())
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void aRequestThatGetsNoDatabaseConnectionIsA503WithRetryAfter() throws Exception {
        send(post("/api/test/exhausted-pool")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "service-busy"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(containsString("Idempotency-Key")))
                .andExpect(content().string(not(containsString("Hikari"))))
                .andExpect(content().string(not(containsString("jdbc"))));
    }

    @Test
    void accessDeniedIsLeftToTheSecurityChain() throws Exception {
        // the security chain's problem (type forbidden), not the advice's 500
        send(get("/api/test/denied")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "forbidden"))
                .andExpect(jsonPath("$.correlationId").doesNotExist());
    }

    @Test
    void resourceNotFoundIs404() throws Exception {
        send(get("/api/test/missing")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"))
                .andExpect(jsonPath("$.detail").value("Order o-404 not found"));
    }

    @Test
    void conflictingStateIs409WithItsPropertiesAtTopLevel() throws Exception {
        send(get("/api/test/conflict")).andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "conflict"))
                .andExpect(jsonPath("$.allowedActions[0]").value("appeal"))
                .andExpect(jsonPath("$.properties").doesNotExist());
    }

    @Test
    void ruleViolationIs422() throws Exception {
        send(get("/api/test/unbalanced")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "rule-violation"))
                .andExpect(jsonPath("$.detail").value("Refund 120 exceeds the 100 paid"));
    }

    @Test
    void constraintViolationFromAServiceIs400WithFieldErrors() throws Exception {
        expectFieldError(send(get("/api/test/service-validation")), "[1].quantity", "greater than 0");
    }

    @Test
    void invalidRequestIs400WithFieldErrors() throws Exception {
        expectFieldError(send(get("/api/test/invalid")), "lines[1].sku", "is not on the order");
    }

    @Test
    void pagesOutsideTheApiKeepSpringErrorHandling() throws Exception {
        send(get("/test-page/missing")).andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Content-Type"));
    }
}
