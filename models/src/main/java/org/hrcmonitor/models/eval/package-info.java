/**
 * Measuring the models: {@link org.hrcmonitor.models.eval.ModelEvaluator} for quality on held-out data,
 * {@link org.hrcmonitor.models.eval.SpeedBenchmark} for tokens per second per thread. Both return immutable
 * result records that the CLI prints as tables or JSON.
 */
package org.hrcmonitor.models.eval;
