package io.github.srdipolicy.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches the API (a malformed request line, an illegal
 * path, an oversized header) as problem documents too, never as Jetty's HTML page.
 */
final class JettyProblems extends ErrorHandler {
  private static final HttpField PROBLEM =
      new HttpField(HttpHeader.CONTENT_TYPE, PolicyServer.PROBLEM_JSON);

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.setStatus(code);
    response.getHeaders().put(PROBLEM);
    HttpURI uri = request.getHttpURI();
    byte[] body = body(code, message, uri == null ? null : uri.getPath());
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(PROBLEM);
    return ByteBuffer.wrap(body(status, reason, null));
  }

  private static byte[] body(int code, String message, String path) {
    ObjectNode p =
        Json.object()
            .put("type", "about:blank")
            .put("title", PolicyServer.title(code))
            .put("status", code);
    // Jetty's messages name the fault (e.g. "Ambiguous URI path separator") without internals.
    p.put("detail", message == null || message.isBlank() ? PolicyServer.title(code) : message);
    p.put("instance", path == null ? "" : path);
    return Json.bytes(p);
  }
}
