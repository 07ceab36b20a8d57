package io.github.srdipolicy.catalog.data;

/**
 * A policy data file that cannot be read: the message names the file, line, column and field, and
 * says what was expected.
 */
public final class DataFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  DataFileException(String file, int line, int column, String message, Throwable cause) {
    super(file + ":" + line + ":" + column + ": " + message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the file name as given to the loader.
   *
   * @return the file, never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line of the problem, 1-based (0 if unknown).
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem, 1-based (0 if unknown).
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
