/**
 * The catalogue of encoded documents: {@link io.github.srdipolicy.catalog.Catalog#load()} gathers
 * every {@link io.github.srdipolicy.catalog.PolicySource} on the class path (one per region module,
 * found by {@link java.util.ServiceLoader}), checks their references and answers queries by
 * jurisdiction, date, tier, trigger, metric and stable id.
 */
@PolicyStyle
package io.github.srdipolicy.catalog;

import io.github.srdipolicy.model.PolicyStyle;
