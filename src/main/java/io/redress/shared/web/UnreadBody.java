package io.redress.shared.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.lang.reflect.Field;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.RequestFacade;
import org.apache.coyote.ActionCode;

/**
 * Tells Tomcat to close the connection after the response without reading the rest of the request body. Left to
 * itself Tomcat reads ("swallows") up to server.tomcat.max-swallow-size of it first, at whatever pace the client
 * sends it, holding the request thread; the servlet API has no way to say so, hence the reach into the facade.
 */
final class UnreadBody {

    private static final Field FACADE_REQUEST = facadeRequest();

    private UnreadBody() {
    }

    /** False when the request is not Tomcat's (MockMvc) or its internals have changed. */
    static boolean dropWhenClosing(ServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        if (FACADE_REQUEST == null || !(inner instanceof RequestFacade facade)) {
            return false;
        }
        try {
            ((Request) FACADE_REQUEST.get(facade)).getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            return true;
        } catch (IllegalAccessException | ClassCastException e) {
            return false;
        }
    }

    private static Field facadeRequest() {
        try {
            Field field = RequestFacade.class.getDeclaredField("request");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
