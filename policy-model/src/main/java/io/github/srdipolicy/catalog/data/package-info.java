/**
 * Policy documents as data files: the YAML format that analysts review beside the source text, its
 * loader into the immutable model, and the authoring checks run on every file.
 *
 * <p>A region module ships one file per document under {@code META-INF/srdi-policy/}, the index of
 * those files its build writes ({@code <module>.index}), and a one-line {@link
 * io.github.srdipolicy.catalog.data.DataFileSource} subclass naming the module: adding a file adds
 * the document, with no Java to change. The format is the JSON form of {@link
 * io.github.srdipolicy.model.PolicyDocument} with five readability rules, which {@link
 * io.github.srdipolicy.catalog.data.DocumentFiles} undoes on reading: each fact states {@code
 * clause} (and {@code confidence} or {@code provenance} where they differ from the document's
 * defaults) instead of a nested source reference; amounts are strings with their unit as written
 * ({@code 2000万元}, {@code 40%}, {@code 3 level}); a comparison names its operator as a key ({@code
 * at-least}, {@code more-than}, {@code at-most}, {@code less-than}, {@code equal-to}), and a yes/no
 * indicator is tested with {@code status: yes} or {@code status: no}, never compared; an id
 * starting with a dot continues the id of the fact it is nested in. The JSON Schema of the format
 * is {@link io.github.srdipolicy.catalog.data.DocumentFiles#schema()}.
 *
 * <p>The loader builds the model with plain code through each type's builder (no Jackson databind
 * on the load path), and the build of a module shipping data files writes each file's compact form
 * beside it ({@code x.yaml.tree}, see {@link
 * io.github.srdipolicy.catalog.data.DocumentFiles#main(String[])}), which the loader reads instead
 * of parsing the YAML when it was made from the same text: a cold catalogue load then needs neither
 * SnakeYAML nor any Jackson class.
 */
@PolicyStyle
package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.model.PolicyStyle;
