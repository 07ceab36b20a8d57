package io.github.srdipolicy.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * Request bodies read with limits: the content type is checked first (415), then at most the
 * configured number of bytes is read whatever the {@code Content-Length} says (413), so that
 * neither a large declared length nor a chunked body of unbounded length can exhaust memory.
 */
final class Bodies {
  private Bodies() {}

  static void requireContentType(Context ctx, String expected) {
    String type = ctx.contentType();
    String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!base.equals(expected)) {
      throw new ProblemException(
          415,
          "Content-Type must be " + expected + (type == null ? " (none was given)" : ""),
          "Content-Type",
          type);
    }
    int charset = type.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (charset >= 0) {
      String cs = type.substring(charset + 8).trim().replace("\"", "");
      if (!cs.equalsIgnoreCase("utf-8")) {
        throw new ProblemException(415, "Only UTF-8 bodies are accepted", "Content-Type", type);
      }
    }
  }

  /** Reads a JSON object body of at most {@code max} bytes. */
  static ObjectNode json(Context ctx, long max) {
    requireContentType(ctx, Api.JSON);
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max, declared);
    }
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      // A declared length (Jetty holds the client to it) is read into an array of that size; a
      // chunked body is read in pieces up to the limit.
      body = declared >= 0 ? in.readNBytes((int) declared) : readAtMost(in, max);
    } catch (IOException e) {
      throw ProblemException.badRequest(
          "Could not read the request body: " + e.getMessage(), null, null);
    }
    return Json.parseObject(body, "request body");
  }

  static ProblemException tooLarge(long max, long size) {
    return new ProblemException(
        413,
        "The request body is larger than the limit of "
            + max
            + " bytes"
            + (size > 0 ? " (" + size + " bytes)" : ""),
        "body",
        null);
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw tooLarge(max, -1);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** Thrown from a read that went past a limit. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
      super(message);
    }
  }

  /** An input stream that fails once more than {@code max} bytes have been read. */
  static final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws LimitExceeded {
      count += n;
      if (count > max) {
        throw new LimitExceeded(
            "The batch is larger than the limit of "
                + max
                + " bytes; lines after it were not read");
      }
    }
  }

  /**
   * A reader that fails when the request's time is up, or when one line is longer than a profile
   * may be (so that a single endless line cannot fill memory before the batch limit is reached).
   */
  static final class GuardedReader extends Reader {
    private final Reader in;
    private final long deadlineNanos;
    private final long maxLineChars;
    private long lineChars;
    private long lineNo = 1;

    GuardedReader(Reader in, long deadlineNanos, long maxLineChars) {
      this.in = in;
      this.deadlineNanos = deadlineNanos;
      this.maxLineChars = maxLineChars;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new LimitExceeded(
            "The request took longer than its time limit; lines from "
                + lineNo
                + " on were not screened");
      }
      int n = in.read(cbuf, off, len);
      for (int i = off; i < off + n; i++) {
        if (cbuf[i] == '\n') {
          lineChars = 0;
          lineNo++;
        } else if (++lineChars > maxLineChars) {
          throw new LimitExceeded(
              "line "
                  + lineNo
                  + " is longer than the limit of "
                  + maxLineChars
                  + " characters; it and the lines after it were not screened");
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
