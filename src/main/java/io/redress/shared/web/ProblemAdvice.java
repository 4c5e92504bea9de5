package io.redress.shared.web;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure under /api/ with an RFC 9457 problem. Elsewhere (the console) the exception is
 * rethrown, so Spring's resolvers and Boot's error view handle it; security exceptions are always rethrown
 * so that the security filter chain answers 401/403.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    /** What a busy answer asks the client to wait: the pool's queue drains in milliseconds once the burst passes. */
    static final int RETRY_AFTER_SECONDS = 1;

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(e -> errors.add(new InvalidField(e.getField(), e.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new InvalidField("body", e.getDefaultMessage())));
        return invalid(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof org.springframework.validation.method.ParameterErrors bound) {
                bound.getFieldErrors().forEach(e -> errors.add(new InvalidField(e.getField(), e.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(e -> errors.add(new InvalidField(name, e.getDefaultMessage())));
            }
        });
        return invalid(ex, errors, headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<InvalidField> errors = ex.getConstraintViolations().stream()
                .map(v -> new InvalidField(ViolationPaths.field(v.getPropertyPath()), v.getMessage())).toList();
        return invalid(ex, errors, new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var field = JsonProblems.fieldError(ex);
        if (field.isPresent()) {
            return invalid(ex, List.of(field.get()), headers, request);
        }
        boolean missing = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
        ProblemDetail problem = malformed(missing ? "The request body is missing"
                : "The request body is not well-formed JSON");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        String message = ex.getRequiredType() == null ? "has the wrong type" : JsonProblems.expected(ex.getRequiredType());
        return invalid(ex, List.of(new InvalidField(name, message)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex, List.of(new InvalidField(ex.getParameterName(), "is required")), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex, List.of(new InvalidField(ex.getRequestPartName(), "is required")), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException header) {
            return invalid(ex, List.of(new InvalidField(header.getHeaderName(), "header is required")), headers, request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    /** A multipart body the container could not take apart (a size over the limits is 413, handled above). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMalformedMultipart(MultipartException ex, WebRequest request) {
        return handleExceptionInternal(ex, malformed("The multipart body is malformed"),
                new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** Anything no other handler knows: a 500 that names a correlation id and nothing of the internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException
                || !ContainerProblems.isApi(ApiPaths.path(servlet))) {
            throw ex;
        }
        if (TransientFailures.in(ex)) {
            return busy(ex, servlet, request);
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected failure [correlationId={}] on {} {}", correlationId, servlet.getMethod(),
                ApiPaths.path(servlet), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Quote correlation id " + correlationId + " when reporting it.");
        problem.setType(ProblemType.INTERNAL_ERROR.uri());
        problem.setTitle("Internal error");
        problem.setProperty("correlationId", correlationId);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * 503 with Retry-After for a failure that a retry may not meet ({@link TransientFailures}): the pool had no
     * connection within its timeout, a lock wait timed out, a deadlock's victim. Logged in one line without the stack,
     * since under overload there is one per refused request.
     */
    private ResponseEntity<Object> busy(Exception ex, HttpServletRequest servlet, WebRequest request) {
        log.warn("Busy: {} {} answered 503 ({})", servlet.getMethod(), ApiPaths.path(servlet), TransientFailures.root(ex));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service is too busy to answer this request now; retry after " + RETRY_AFTER_SECONDS
                        + " second. A POST retried with the same Idempotency-Key is carried out at most once.");
        problem.setType(ProblemType.SERVICE_BUSY.uri());
        problem.setTitle("Service busy");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        // the machine paths (the API, actuator, the OpenAPI document) answer problems; the console keeps its pages
        if (!ContainerProblems.isApi(ApiPaths.path(servlet))) {
            throw rethrow(ex);
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ex instanceof ErrorResponse response ? response.updateAndGetBody(getMessageSource(), request.getLocale())
                : ProblemDetail.forStatus(status);
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setType(status.value() == 500 ? ProblemType.INTERNAL_ERROR.uri()
                    : ProblemType.forReason(known == null ? "error" : known.getReasonPhrase()).uri());
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(ApiPaths.path(servlet)));
        }
        // preset, so that the problem is written even when the client accepts only what failed to negotiate (406)
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, problem, problemHeaders, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No endpoint " + ex.getHttpMethod() + " " + ApiPaths.path(((ServletWebRequest) request).getRequest()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** 400 for a body that cannot be read at all, so that no field can be named. */
    static ProblemDetail malformed(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemType.MALFORMED_REQUEST.uri());
        problem.setTitle("Malformed request");
        return problem;
    }

    private ResponseEntity<Object> invalid(Exception ex, List<InvalidField> errors, HttpHeaders headers,
            WebRequest request) {
        ProblemDetail problem = new InvalidRequest(errors).getBody();
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Rethrows a checked exception unchanged, so that the next resolver or the servlet container sees it. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException rethrow(Throwable failure) throws E {
        throw (E) failure;
    }
}
