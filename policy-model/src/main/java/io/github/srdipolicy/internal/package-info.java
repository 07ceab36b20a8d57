/**
 * Implementation helpers of the core module. Not part of the public API: anything here may change
 * in any release.
 */
package io.github.srdipolicy.internal;
