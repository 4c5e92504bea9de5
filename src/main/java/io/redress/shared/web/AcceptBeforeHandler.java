package io.redress.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Content negotiation decided before the handler runs. Spring MVC learns that it cannot answer in a type the
 * client accepts only when it writes the return value, after the handler's transaction has committed: the client
 * got 406 while its order, case or refund was saved, and its retry made a second one. Here the types the handler
 * can answer in (its {@code produces}, else what the message converters write for its return type) are compared
 * with Accept first, and 406 comes before anything has been done.
 */
@Configuration(proxyBeanMethods = false)
class AcceptBeforeHandler implements WebMvcConfigurer, HandlerInterceptor {

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
    private final Map<Method, List<MediaType>> producible = new ConcurrentHashMap<>();

    AcceptBeforeHandler(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.adapter = adapter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<MediaType> produced = declared(request);
        if (produced.isEmpty()) {
            produced = producible.computeIfAbsent(method.getMethod(), m -> writable(method));
        }
        if (produced.isEmpty()) {
            return true;
        }
        List<MediaType> accepted = accepted(request);
        for (MediaType accept : accepted) {
            for (MediaType type : produced) {
                if (accept.isCompatibleWith(type)) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(produced);
    }

    @SuppressWarnings("unchecked")
    private static List<MediaType> declared(HttpServletRequest request) {
        Object types = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return types instanceof Collection<?> c && !c.isEmpty() ? new ArrayList<>((Collection<MediaType>) c) : List.of();
    }

    private static List<MediaType> accepted(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        List<String> headers = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (headers.isEmpty()) {
            return List.of(MediaType.ALL);
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(headers);
            return types.isEmpty() ? List.of(MediaType.ALL) : types;
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse Accept header: " + e.getMessage());
        }
    }

    /** What the converters write for the handler's return type; empty when any type goes or it cannot be known. */
    private List<MediaType> writable(HandlerMethod method) {
        ResolvableType type = ResolvableType.forMethodParameter(method.getReturnType());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> body = type.resolve();
        if (body == null || body == Object.class || body == void.class || body == Void.class) {
            return List.of();
        }
        List<MediaType> types = new ArrayList<>();
        for (HttpMessageConverter<?> converter : adapter.getObject().getMessageConverters()) {
            if (converter.canWrite(body, null)) {
                types.addAll(converter.getSupportedMediaTypes(body));
            }
        }
        return types.stream().anyMatch(MediaType::isWildcardType) ? List.of() : List.copyOf(types);
    }
}
