/**
 * The {@code policy} command line over the catalogue: {@code match}, {@code explain}, {@code
 * ladder}, {@code compare}, {@code diff}, {@code export} and {@code coverage}.
 *
 * <p>Only {@link io.github.srdipolicy.cli.Main} is public; the commands are package-private picocli
 * classes. User errors (a missing file, malformed JSON, an unknown id, a wrong unit) end with a
 * one-line message on standard error and exit code 2.
 */
package io.github.srdipolicy.cli;
