/**
 * Benchmarks. Every benchmark class measures our code and its reference (or practical limit) in
 * the same run, so the figures in {@code docs/benchmarks.md} compare like with like.
 */
package org.blockstack.functions.benchmarks;
