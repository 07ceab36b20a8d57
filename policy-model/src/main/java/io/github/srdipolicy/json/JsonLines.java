package io.github.srdipolicy.json;

import io.github.srdipolicy.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON Lines stream line by line with bounded memory, decoding each line on its own: a line
 * that is not UTF-8, or longer than the limit, is returned as an error with its number and the next
 * line is read as usual, so that one bad line never costs the rest of the stream.
 *
 * <p>Lines end with {@code \n} (a {@code \r} before it is dropped); a UTF-8 byte-order mark at the
 * start of the stream is skipped. A line over the limit is skipped to its end without being held:
 * memory stays within the limit whatever the input. Not thread-safe.
 */
public final class JsonLines {
  /** Default longest line, in bytes: 1 MiB, far beyond any profile. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  /**
   * One line of the stream: its text, or why it could not be read.
   *
   * @param number the 1-based line number
   * @param text the decoded line, null if {@code error} is set
   * @param error what is wrong with the line (not UTF-8, too long), null if the line was read
   */
  public record Line(long number, String text, String error) {
    /**
     * Whether the line was read and holds only blanks.
     *
     * @return true for a blank line
     */
    public boolean isBlank() {
      return text != null && text.isBlank();
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean eof;
  private long lineNumber;
  private byte[] line = new byte[1024];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * Reads lines from a stream.
   *
   * @param in the bytes, UTF-8, not null; not closed by this reader
   * @param maxLineBytes the longest line accepted, in bytes, at least 1
   */
  public JsonLines(InputStream in, int maxLineBytes) {
    this.in = Checks.notNull(in, "in");
    Checks.check(maxLineBytes >= 1, "maxLineBytes", maxLineBytes, "must be at least 1");
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Returns the number of the last line returned.
   *
   * @return the line count so far
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Reads the next line.
   *
   * @return the line, or null at the end of the stream
   * @throws IOException if reading the stream fails
   */
  public Line next() throws IOException {
    int length = 0;
    long total = 0;
    boolean sawAny = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!sawAny) {
          return null;
        }
        break; // last line without a final newline
      }
      sawAny = true;
      // Scan for the end of the line within the buffer, copying what fits under the limit.
      int start = position;
      int newline = -1;
      for (int i = start; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      int n = end - start;
      total += n;
      if (total <= maxLineBytes) {
        if (length + n > line.length) {
          line =
              java.util.Arrays.copyOf(
                  line, Math.min(maxLineBytes, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(buffer, start, line, length, n);
        length += n;
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (total > maxLineBytes) {
      return new Line(
          lineNumber,
          null,
          "line is longer than the limit of "
              + maxLineBytes
              + " bytes ("
              + total
              + " bytes); skipped");
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int offset = 0;
    if (lineNumber == 1
        && length >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      offset = 3; // a byte-order mark some editors write; not part of the JSON
    }
    return decode(offset, length - offset);
  }

  private Line decode(int offset, int count) {
    decoder.reset();
    ByteBuffer bytes = ByteBuffer.wrap(line, offset, count);
    CharBuffer chars =
        CharBuffer.allocate((int) Math.ceil(count * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      int at = bytes.position();
      return new Line(
          lineNumber,
          null,
          "not valid UTF-8: byte 0x"
              + String.format("%02X", line[at] & 0xFF)
              + " at byte "
              + (at - offset + 1)
              + " of the line");
    }
    chars.flip();
    return new Line(lineNumber, chars.toString(), null);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer);
    while (n == 0) {
      n = in.read(buffer);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /**
   * Decodes a whole document (a profile file) read with a size limit, dropping a UTF-8 byte-order
   * mark: the same rules as for each line of a JSON Lines stream.
   *
   * @param in the bytes, not null; not closed
   * @param maxBytes the largest document accepted, in bytes
   * @return the text, never null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if the document is larger than the limit or not UTF-8, saying
   *     which ("larger than the limit of N bytes", "not UTF-8 text: byte 0xE9 on line 3")
   */
  public static String readDocument(InputStream in, int maxBytes) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new IllegalArgumentException("larger than the limit of " + maxBytes + " bytes");
    }
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = d.decode(input, chars, true);
    if (!result.isError()) {
      result = d.flush(chars);
    }
    if (result.isError()) {
      int at = input.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new IllegalArgumentException(
          "not UTF-8 text: byte 0x" + String.format("%02X", bytes[at] & 0xFF) + " on line " + line);
    }
    chars.flip();
    return chars.toString();
  }
}
