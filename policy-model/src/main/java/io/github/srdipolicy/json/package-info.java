/**
 * JSON support: {@link io.github.srdipolicy.json.PolicyJson} gives a Jackson {@link
 * com.fasterxml.jackson.databind.ObjectMapper} configured for every model and report type, with
 * stable property order so that exports diff cleanly between releases.
 */
package io.github.srdipolicy.json;
