package io.github.srdipolicy.cli;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one profile from a file, or from standard input when the name is {@code -}. */
final class ProfileInput {
  private ProfileInput() {}

  static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  static String text(Path file, InputStream stdin) {
    if (isStdin(file)) {
      try {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        stdin.transferTo(b);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b.toByteArray())).toString();
      } catch (CharacterCodingException e) {
        throw new UserException("standard input is not UTF-8 text");
      } catch (IOException e) {
        throw new UserException("Cannot read standard input: " + e.getMessage());
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new UserException("No such file: " + file);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new UserException(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new UserException("Cannot read " + file + ": " + e.getMessage());
    }
  }

  static EnterpriseProfile read(Path file, InputStream stdin) {
    String text = text(file, stdin);
    // Editors on Windows may start a UTF-8 file with a byte-order mark, which is not JSON.
    return PolicyJson.readProfile(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }
}
