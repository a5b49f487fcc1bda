/**
 * Throughput benchmarking: a seeded generator of news-like English articles and a runner that
 * times every pipeline stage on one thread and the whole pipeline on all cores.
 */
package org.caspian.bench;
