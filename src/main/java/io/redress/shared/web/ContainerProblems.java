package io.redress.shared.web;

import io.redress.shared.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** The problem body for an error status the servlet container reached before Spring MVC could answer. */
final class ContainerProblems {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ContainerProblems() {
    }

    /** The paths machines call, which the API security chain guards: the API, actuator and the OpenAPI document. */
    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/api-docs"));
    }

    /** RFC 9457 members; the detail says why only for 4xx, never the internals of a 5xx. */
    static String body(int status, String reason, String instance) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", (status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.forReason(title)).uri().toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", status < 500 && reason != null && !reason.isBlank() ? reason
                : status < 500 ? "The request was rejected" : "The request could not be processed");
        if (instance != null) {
            problem.put("instance", instance);
        }
        return JSON.writeValueAsString(problem);
    }
}
