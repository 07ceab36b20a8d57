/**
 * DMN export: eligibility criteria written as a DMN 1.4 model whose decisions are FEEL expressions,
 * one per criteria, so that rule engines such as Drools, Kogito or Camunda can run the same rules.
 * Three-valued logic is kept: a decision is {@code true} (ELIGIBLE), {@code false} (NOT_ELIGIBLE)
 * or {@code null} (UNDETERMINED), and a missing input gives {@code null}, never {@code false}.
 * Entry point: {@link io.github.srdipolicy.dmn.DmnModel}.
 */
package io.github.srdipolicy.dmn;
