package io.redress.shared.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on an error no application code answered, such as a request line it cannot decode: for
 * the machine paths (the API, actuator, the OpenAPI document) a problem in JSON instead of Tomcat's HTML page.
 * The request never reached the application, so the raw path decides (no path at all: a problem too), and the
 * problem names no instance.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String path = request.getCoyoteRequest().requestURI().toString();
        // a request line Tomcat could not read (too long, say) has no path: machines send such lines, browsers do not
        if (path != null && !path.isEmpty() && !ContainerProblems.isApi(path)) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ContainerProblems.body(status, response.getMessage(), null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more can be said
        }
    }
}
